package io.github.docsdk.parse;

/** Action and data-structure pages of a given size, for the limit and linearity tests. */
final class HostilePages {

  private HostilePages() {}

  static final String HEAD = "# DescribeThings\n\n## 1. 接口描述\n\n调用本接口。\n\n## 2. 请求参数\n\n"
      + "| 参数名称 | 必选 | 类型 | 描述 |\n| --- | --- | --- | --- |\n";

  static final String TAIL = "\n## 3. 响应结果\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n"
      + "| requestId | String | 唯一请求 ID。 |\n";

  /** Lines before the first request row. */
  static final int FIRST_ROW_LINE = 11;

  /** An action page whose request table has {@code rows} rows ({@code m0}, {@code m1}, ...). */
  static String action(int rows) {
    StringBuilder s = new StringBuilder(HEAD.length() + rows * 24 + TAIL.length());
    s.append(HEAD);
    for (int i = 0; i < rows; i++) {
      s.append("| m").append(i).append(" | 否 | String | d").append(i).append(" |\n");
    }
    return s.append(TAIL).toString();
  }

  /** The file line of the {@code n}-th (1-based) body row of the page's Markdown tables, or -1. */
  static int bodyRowLine(String page, int n) {
    String[] lines = page.split("\n", -1);
    int rows = 0;
    int inTable = 0; // lines of the current table so far
    for (int i = 0; i < lines.length; i++) {
      inTable = lines[i].startsWith("|") ? inTable + 1 : 0;
      if (inTable > 2 && ++rows == n) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * An action whose response links {@code structures} structures of {@code rows} members each,
   * defined on the same page (every part of the pipeline works for each: tables, types, links,
   * names, models).
   */
  static String actionWithStructures(int structures, int rows) {
    StringBuilder s = new StringBuilder();
    s.append("# DescribeThings\n\n## 1. 接口描述\n\n调用本接口。\n\n## 2. 请求参数\n\n")
        .append("| 参数名称 | 必选 | 类型 | 描述 |\n| --- | --- | --- | --- |\n| thingId | 否 | String | 编号。 |\n\n")
        .append("## 3. 响应结果\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n")
        .append("| requestId | String | 唯一请求 ID。 |\n");
    for (int k = 0; k < structures; k++) {
      s.append("| part").append(k).append(" | Array of [Part").append(k).append("](#part").append(k)
          .append(") | 第 ").append(k).append(" 部分。 |\n");
    }
    for (int k = 0; k < structures; k++) {
      s.append("\n## Part").append(k).append("\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n");
      for (int i = 0; i < rows; i++) {
        s.append("| field").append(i).append(" | ").append(i % 3 == 0 ? "Integer" : "String")
            .append(" | <p>字段 ").append(i).append("。</p><p>可能值：</p><ul><li>on</li><li>off</li></ul> |\n");
      }
    }
    return s.toString();
  }
}
