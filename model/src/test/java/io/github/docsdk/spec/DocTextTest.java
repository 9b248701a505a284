package io.github.docsdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.DocText.Block;
import io.github.docsdk.spec.DocText.Span;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocTextTest {

  @Test
  void blocksSplitAtBlankLinesAndWhereItemsStartOrEnd() {
    DocText doc = DocText.parse("售卖状态。\n可能值：\n- SELL：可购买\n- SOLD_OUT\nafter the list\n\n \u00a0\nlast");
    assertThat(doc.blocks()).extracting(Block::kind)
        .containsExactly(Block.Kind.PARAGRAPH, Block.Kind.LIST, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
    assertThat(doc.blocks().get(0).lines()).extracting(DocText.Line::text).containsExactly("售卖状态。", "可能值：");
    assertThat(doc.blocks().get(1).lines()).extracting(DocText.Line::text).containsExactly("SELL：可购买", "SOLD_OUT");
    assertThat(doc.firstLine()).isEqualTo("售卖状态。");
  }

  @Test
  void codeSpansAndLinksAreSpans() {
    DocText.Line line = DocText.parse("见 [EIP 状态](../datastructure.md#eipstatus)，取 `RUNNING` 或 [x](https://a.b/c)。")
        .lines().get(0);
    assertThat(line.spans()).extracting(s -> s.kind() + ":" + s.text() + ":" + s.target()).containsExactly(
        "TEXT:见 :", "LINK:EIP 状态:../datastructure.md#eipstatus", "TEXT:，取 :", "CODE:RUNNING:", "TEXT: 或 :",
        "LINK:x:https://a.b/c", "TEXT:。:");
    assertThat(line.text()).isEqualTo("见 EIP 状态，取 `RUNNING` 或 x。");
  }

  @Test
  void whatIsNotMarkupStaysText() {
    for (String s : new String[] {"range [0, 100]", "an `unclosed span", "empty `` span", "[a](has space)", "[a]()",
        "[[nested](x)", "a ](b) c"}) {
      DocText.Line line = DocText.parse(s).lines().get(0);
      assertThat(line.text()).as(s).isEqualTo(s.equals("[[nested](x)") ? "[nested" : s);
    }
    assertThat(DocText.parse("[[nested](x)").lines().get(0).spans()).extracting(Span::kind)
        .containsExactly(Span.Kind.TEXT, Span.Kind.LINK);
    assertThat(DocText.parse("  \n\n ").isEmpty()).isTrue();
    assertThat(DocText.parse(null).blocks()).isEmpty();
  }

  @Test
  void markupReadsBackToTheSameStructure() {
    String markup = "Intro with `code` and [a link](page.md#anchor).\nsecond line\n\n- one\n- [two](x.md)\n\nend";
    DocText doc = DocText.parse(markup);
    assertThat(doc.markup()).isEqualTo(markup);
    assertThat(DocText.parse(doc.markup())).isEqualTo(doc);
  }

  @Test
  void aLineOfBracketsCostsLinearTime() {
    // every '[' before the one "](" would rescan the rest of the line if the search were repeated
    String hostile = "[".repeat(200_000) + "](x)" + "`".repeat(3) + "[a".repeat(100_000);
    DocText.Line line = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> DocText.parse(hostile).lines().get(0));
    assertThat(line.spans().stream().map(Span::kind).collect(Collectors.toList())).contains(Span.Kind.LINK);
  }

  @Test
  void memberDescriptionIsReadOnce() {
    Member m = new Member("status", TypeRef.STRING, false, "状态。\n- A\n- B", SourceLocation.of("p.md", 3, 1));
    assertThat(m.doc().blocks()).hasSize(2);
    assertThat(m.withRequired(true).doc()).isEqualTo(m.doc());
  }
}
