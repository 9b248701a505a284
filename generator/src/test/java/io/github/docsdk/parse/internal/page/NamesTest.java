package io.github.docsdk.parse.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  /** What normalize is defined as: NFKC, non-breaking spaces as spaces, stripped, each {@code \s+} run one space. */
  private static String byDefinition(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  @Test
  void normalizeIsNfkcStrippedWithWhitespaceRunsCollapsed() {
    List<String> samples = List.of("", " ", "imageId", "参数名称", "1. 接口描述", "描述。说明、备注", "ＡＢＣ１２３",
        "（必填）", "zoneId（必填）", "a\u00A0b", "\u00A0\u00A0zoneId", "\u3000请求参数\u3000", "a  b", "a \t\n b",
        " leading", "trailing ", "tab\there", "line\r\nbreak", "vt\u000Bff\fend", "e\u0301", "Ａ\u0301", "ﬁle",
        "\u2002wide\u2003spaces\u2002", "中文 English 混合", "中文\u00A0 \u00A0空格", "x\u200By", "① ② ③", "㎏", "\uFF0C",
        "参数\u3002", "한글", "ｶﾀｶﾅ", "\uD83D\uDE00 emoji");
    for (String s : samples) {
      assertThat(Names.normalize(s)).as("normalize(\"%s\")", s).isEqualTo(byDefinition(s));
    }
  }

  @Test
  void textThatIsAlreadyNormalIsReturnedAsIs() {
    String chinese = "参数名称 是否必选、类型。";
    assertThat(Names.normalize(chinese)).isSameAs(chinese);
    assertThat(Names.normalize("DescribeImages")).isSameAs("DescribeImages");
  }
}
