package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.read.InputLimits;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit of {@link InputLimits} ends in a located diagnostic and a model within the limit. */
class InputLimitsTest {
  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");

  private static ParseResult page(String content) {
    return DocsParser.parsePage("a.md", content, OPTIONS);
  }

  private static Diagnostic only(ParseResult r, String code) {
    List<Diagnostic> found = r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(found).as("%s in %s", code, r.diagnostics()).hasSize(1);
    return found.get(0);
  }

  private static Operation operation(ParseResult r) {
    return r.service().operations().get(0);
  }

  @Test
  void aTableAtTheRowLimitIsReadWhole() {
    ParseResult r = page(HostilePages.action(InputLimits.MAX_TABLE_ROWS));
    assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
    assertThat(operation(r).request()).hasSize(InputLimits.MAX_TABLE_ROWS);
  }

  @Test
  void rowsPastTheTableLimitAreDroppedAtALocatedError() {
    ParseResult r = page(HostilePages.action(InputLimits.MAX_TABLE_ROWS * 100));
    Diagnostic d = only(r, "TABLE_TOO_LONG");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().toString()).isEqualTo("a.md:" + (HostilePages.FIRST_ROW_LINE + InputLimits.MAX_TABLE_ROWS) + ":1");
    assertThat(operation(r).request()).hasSize(InputLimits.MAX_TABLE_ROWS);
    // the response table after the cut table is still read
    assertThat(operation(r).response()).extracting(m -> m.name()).containsExactly("requestId");
  }

  @Test
  void rowsPastThePageLimitAreDroppedAtALocatedError() {
    int perTable = 500;
    String page = HostilePages.actionWithStructures(InputLimits.MAX_PAGE_ROWS / perTable + 2, perTable);
    ParseResult r = page(page);
    Diagnostic d = only(r, "PAGE_TOO_MANY_ROWS");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().toString())
        .isEqualTo("a.md:" + HostilePages.bodyRowLine(page, InputLimits.MAX_PAGE_ROWS + 1) + ":1");
    assertThat(r.service().structures().stream().mapToInt(s -> s.members().size()).sum())
        .isLessThanOrEqualTo(InputLimits.MAX_PAGE_ROWS);
  }

  @Test
  void cellsPastTheRowLimitAreDroppedAtALocatedError() {
    StringBuilder header = new StringBuilder("| 参数名称 | 必选 | 类型 | 描述 |");
    StringBuilder delimiter = new StringBuilder("| --- | --- | --- | --- |");
    StringBuilder row = new StringBuilder("| zoneId | 否 | String | 区域。 |");
    for (int i = 0; i < 10_000; i++) {
      header.append(" x").append(i).append(" |");
      delimiter.append(" --- |");
      row.append(" v |");
    }
    String page = HostilePages.HEAD.replace("| 参数名称 | 必选 | 类型 | 描述 |\n| --- | --- | --- | --- |\n",
        header + "\n" + delimiter + "\n" + (row + "\n").repeat(50)) + HostilePages.TAIL;
    ParseResult r = page(page);
    Diagnostic d = only(r, "ROW_TOO_WIDE");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().line()).isEqualTo(HostilePages.FIRST_ROW_LINE - 2);
    int cut = header.indexOf("x" + (InputLimits.MAX_CELLS - 4)) - 1;
    assertThat(d.location().column()).isEqualTo(cut + 1);
    assertThat(operation(r).request()).extracting(m -> m.name()).containsExactly("zoneId");
  }

  @Test
  void aCellPastTheCharacterLimitIsCutAtALocatedWarning() {
    String description = "很长。".repeat(InputLimits.MAX_CELL_CHARS);
    String page = HostilePages.HEAD + "| zoneId | 否 | String | " + description + " | \n| zoneName | 否 | String | 名称。 |\n"
        + HostilePages.TAIL;
    ParseResult r = page(page);
    Diagnostic d = only(r, "CELL_TOO_LONG");
    assertThat(d.isWarning()).isTrue();
    assertThat(d.location().toString()).isEqualTo("a.md:" + HostilePages.FIRST_ROW_LINE + ":"
        + ("| zoneId | 否 | String | ".length() + InputLimits.MAX_CELL_CHARS));
    assertThat(operation(r).request().get(0).description().length()).isLessThanOrEqualTo(InputLimits.MAX_CELL_CHARS);
    assertThat(operation(r).request()).extracting(m -> m.name()).containsExactly("zoneId", "zoneName");
  }

  @Test
  void rowsPastTheLimitOfAnHtmlTableAreNotRead() {
    StringBuilder html = new StringBuilder("<table><thead><tr><th>参数名称</th><th>必选</th><th>类型</th><th>描述</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < InputLimits.MAX_TABLE_ROWS * 20; i++) {
      html.append("<tr><td>m").append(i).append("</td><td>否</td><td>String</td><td>d</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    String page = HostilePages.HEAD.replace("| 参数名称 | 必选 | 类型 | 描述 |\n| --- | --- | --- | --- |\n", html) + HostilePages.TAIL;
    ParseResult r = page(page);
    Diagnostic d = only(r, "TABLE_TOO_LONG");
    assertThat(d.location().line()).isEqualTo(HostilePages.FIRST_ROW_LINE + InputLimits.MAX_TABLE_ROWS);
    assertThat(operation(r).request()).hasSize(InputLimits.MAX_TABLE_ROWS);
  }

  @Test
  void anExampleObjectPastTheMemberLimitIsCutAtALocatedError() {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < InputLimits.MAX_MEMBERS * 3; i++) {
      keys.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": 1");
    }
    String page = HostilePages.HEAD + "| thingId | 否 | String | 编号。 |\n" + "\n## 3. 响应结果\n\n| 参数名称 | 类型 | 描述 |\n"
        + "| --- | --- | --- |\n| requestId | String | 编号。 |\n| thing | Thing | 东西。 |\n\n## 4. 代码示例\n\n```json\n"
        + "POST / HTTP/1.1\nHost: console.zenlayer.com/api/v2/bmc\nX-ZC-Action: DescribeThings\n\nRequest:\n{\"thingId\": \"t\"}\n\n"
        + "Response:\n{\"requestId\": \"r\", \"response\": {\"requestId\": \"r\", \"thing\": {" + keys + "}}}\n```\n";
    ParseResult r = page(page);
    Diagnostic d = only(r, "TOO_MANY_MEMBERS");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().file()).isEqualTo("a.md");
    assertThat(r.service().structures()).allSatisfy(s -> assertThat(s.members()).hasSizeLessThanOrEqualTo(InputLimits.MAX_MEMBERS));
  }

  @Test
  void aPagePastTheSizeLimitIsNotRead(@TempDir Path docs) throws IOException {
    Files.writeString(docs.resolve("a.md"), HostilePages.action(3));
    Files.writeString(docs.resolve("b.md"), HostilePages.action(3).replace("DescribeThings", "DescribeOthers")
        + " ".repeat(InputLimits.MAX_PAGE_BYTES));
    ParseResult r = DocsParser.parse(docs, OPTIONS);
    Diagnostic d = only(r, "PAGE_TOO_LARGE");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().toString()).isEqualTo("b.md:1:1");
    assertThat(r.service().operations()).extracting(Operation::name).containsExactly("DescribeThings");
  }

  @Test
  void pagesPastTheTreeLimitAreNotRead(@TempDir Path docs) throws IOException {
    Files.writeString(docs.resolve("a.md"), HostilePages.action(3));
    // blank pages just under the page limit: cheap to parse, and enough of them pass the tree limit
    String blank = " ".repeat(InputLimits.MAX_PAGE_BYTES - 1) + "\n";
    int fill = (int) (InputLimits.MAX_TREE_BYTES / InputLimits.MAX_PAGE_BYTES);
    for (int i = 0; i < fill; i++) {
      Files.writeString(docs.resolve(String.format("b%03d.md", i)), blank);
    }
    Files.writeString(docs.resolve("c.md"), HostilePages.action(3).replace("DescribeThings", "DescribeOthers"));
    ParseResult r = DocsParser.parse(docs, OPTIONS);
    Diagnostic d = only(r, "TREE_TOO_LARGE");
    assertThat(d.isError()).isTrue();
    assertThat(d.location().toString()).isEqualTo(String.format("b%03d.md:1:1", fill - 1));
    assertThat(r.service().operations()).extracting(Operation::name).containsExactly("DescribeThings");
  }

  @Test
  void aTreePastThePageCountLimitIsNotRead(@TempDir Path docs) throws IOException {
    for (int i = 0; i <= InputLimits.MAX_PAGES; i++) {
      Files.writeString(docs.resolve("p" + i + ".md"), "");
    }
    ParseResult r = DocsParser.parse(docs, OPTIONS);
    assertThat(only(r, "TOO_MANY_PAGES").location().toString()).isEqualTo(".:0:0");
    assertThat(r.hasErrors()).isTrue();
  }
}
