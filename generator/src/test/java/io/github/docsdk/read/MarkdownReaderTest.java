package io.github.docsdk.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static final String PAGE = String.join("\n",
      "---",
      "description: DescribeThings",
      "---",
      "",
      "# DescribeThings",
      "",
      "## 1. 接口描述 <a href=\"#1\" id=\"1\"></a>",
      "",
      "{% hint style=\"info\" %}",
      "**注意事项**",
      "",
      "* one",
      "* two",
      "{% endhint %}",
      "",
      "## 2. 请求参数&#x20;",
      "",
      "| 参数名称 | 必选 | 类型 | 描述 |",
      "| --- | -- | --- | --- |",
      "| catalog | 否 | Array of [Info](../datastructure.md#info) | <p>分类。</p><p>可能值：</p><ul><li>centos</li><li>ubuntu</li></ul> |",
      "|  |  |  |  |",
      "",
      "{% tabs %}",
      "{% tab title=\"示例\" %}",
      "<pre class=\"language-json\"><code class=\"lang-json\"><strong>POST / HTTP/1.1",
      "</strong>X-ZC-Action: DescribeThings",
      "&#x3C;Common Request Params>",
      "</code></pre>",
      "{% endtab %}",
      "{% endtabs %}",
      "");

  @Test
  void keepsLinesTrueToTheFileAcrossFrontMatter() {
    MarkdownPage page = MarkdownReader.read("x/describethings.md", PAGE);
    assertThat(page.frontMatterLines()).isEqualTo(3);
    assertThat(page.frontMatter()).isEqualTo("description: DescribeThings\n");
    Heading h1 = page.title().orElseThrow();
    assertThat(h1.text()).isEqualTo("DescribeThings");
    assertThat(h1.line()).isEqualTo(5);
  }

  @Test
  void headingsKnowAboutHtmlAndEntities() {
    List<Heading> h = MarkdownReader.read("a.md", PAGE).headings();
    assertThat(h.get(1).text()).isEqualTo("1. 接口描述");
    assertThat(h.get(1).hasHtml()).isTrue();
    assertThat(h.get(2).text()).isEqualTo("2. 请求参数");
    assertThat(h.get(2).hasEntity()).isTrue();
  }

  @Test
  void hintsTabsAndPreBlocks() {
    List<Block> blocks = MarkdownReader.read("a.md", PAGE).blocks();
    Hint hint = blocks.stream().filter(Hint.class::isInstance).map(Hint.class::cast).findFirst().orElseThrow();
    assertThat(hint.style()).isEqualTo("info");
    assertThat(hint.content().text()).isEqualTo("注意事项\n\n- one\n- two");
    assertThat(blocks).filteredOn(LiquidTag.class::isInstance).extracting(b -> ((LiquidTag) b).name())
        .containsExactly("tabs", "tab", "endtab", "endtabs");
    CodeBlock code = blocks.stream().filter(CodeBlock.class::isInstance).map(CodeBlock.class::cast).findFirst().orElseThrow();
    assertThat(code.html()).isTrue();
    assertThat(code.info()).isEqualTo("json");
    assertThat(code.firstLine()).isEqualTo(25);
    assertThat(code.lines()).containsExactly("POST / HTTP/1.1", "X-ZC-Action: DescribeThings", "<Common Request Params>");
  }

  @Test
  void tableCellsGiveTextLinksAndPositions() {
    Table t = (Table) MarkdownReader.read("a.md", PAGE).blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
    assertThat(t.header().cells()).extracting(Table.Cell::text).containsExactly("参数名称", "必选", "类型", "描述");
    Table.Row row = t.rows().get(0);
    assertThat(row.line()).isEqualTo(20);
    assertThat(row.cell(2).content().links()).containsExactly(new Link("Info", "../datastructure.md#info"));
    assertThat(row.cell(3).text()).isEqualTo("分类。\n\n可能值：\n\n- centos\n- ubuntu");
    assertThat(row.cell(9).text()).isEmpty();
    assertThat(t.rows().get(1).isBlank()).isTrue();
  }

  @Test
  void htmlTablesReadLikeMarkdownTables() {
    String page = "# T\n\n<table><thead><tr><th>参数名称</th><th>类型</th></tr></thead><tbody>\n"
        + "<tr><td>images</td><td>Array of <a href=\"d.md#imageinfo\">ImageInfo</a></td></tr>\n</tbody></table>\n";
    Table t = (Table) MarkdownReader.read("a.md", page).blocks().get(1);
    assertThat(t.header().cells()).extracting(Table.Cell::text).containsExactly("参数名称", "类型");
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).line()).isEqualTo(4);
    assertThat(t.rows().get(0).cell(1).text()).isEqualTo("Array of ImageInfo");
    assertThat(t.rows().get(0).cell(1).content().links()).containsExactly(new Link("ImageInfo", "d.md#imageinfo"));
    assertThat(t.rows().get(0).cell(1).content().markup()).isEqualTo("Array of [ImageInfo](d.md#imageinfo)");
  }

  @Test
  void markupKeepsLinksWhereTheyStoodAndOnlyWhereTheyReadBack() {
    String page = "# T\n\n| a | b |\n| --- | --- |\n"
        + "| x | 见<br>[实例状态](../d.md#status)，或 <a href=\"https://e.com/p?a=1\">文档</a>；[a `b`](c.md) |\n"
        + "| y | [sp](<a b.md>) and more |\n";
    Table t = (Table) MarkdownReader.read("a.md", page).blocks().get(1);
    Text cell = t.rows().get(0).cell(1).content();
    assertThat(cell.text()).isEqualTo("见\n实例状态，或 文档；a `b`");
    assertThat(cell.markup()).isEqualTo("见\n[实例状态](../d.md#status)，或 [文档](https://e.com/p?a=1)；[a `b`](c.md)");
    // a destination with a space would not read back as a link: the markup keeps the text
    Text other = t.rows().get(1).cell(1).content();
    assertThat(other.markup()).isEqualTo("sp and more");
  }

  @Test
  void pathologicalNestingDoesNotOverflow() {
    String deep = "# T\n\n" + "> ".repeat(20_000) + "x\n\n" + "*".repeat(20_000) + "y" + "*".repeat(20_000) + "\n";
    assertThat(MarkdownReader.read("a.md", deep).title()).isPresent();
  }
}
