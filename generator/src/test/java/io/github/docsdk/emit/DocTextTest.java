package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.javadoc.DocText;
import io.github.docsdk.emit.naming.JavaNames;
import org.junit.jupiter.api.Test;

/** Text from the docs made safe for Javadoc, and names made into Java identifiers. */
class DocTextTest {

  @Test
  void commentTerminatorsTagsAndHtmlAreEscaped() {
    assertThat(DocText.escape("a */ b")).isEqualTo("a *&#47; b").doesNotContain("*/");
    assertThat(DocText.escape("@param x {@code y}")).isEqualTo("&#64;param x {&#64;code y}");
    assertThat(DocText.escape("<script> & 1 > 0")).isEqualTo("&lt;script&gt; &amp; 1 &gt; 0");
  }

  @Test
  void backslashesCannotFormUnicodeEscapes() {
    // javac decodes unicode escapes even inside comments; this one would be a syntax error
    assertThat(DocText.escape("C:\\users\\u000a")).isEqualTo("C:&#92;users&#92;u000a");
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreNeutralised() {
    assertThat(DocText.escape("a\u0000b\tc\r")).isEqualTo("a b c");
    assertThat(DocText.escape("x\ud800y")).isEqualTo("x?y");
    assertThat(DocText.escape("emoji \ud83d\ude00")).isEqualTo("emoji \ud83d\ude00");
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(DocText.html("first\nstill first\n\n  \nsecond\n\nthird"))
        .isEqualTo("first\nstill first\n\n<p>second\n\n<p>third");
    assertThat(DocText.html("   ")).isEmpty();
  }

  @Test
  void dashListsBecomeHtmlListsAndCodeSpansBecomeCode() {
    assertThat(DocText.html("Possible values:\n- `centos`\n- windows\n\nUse `a<b` here."))
        .isEqualTo(
            "Possible values:\n<ul>\n  <li><code>centos</code></li>\n  <li>windows</li>\n</ul>"
                + "\n\n<p>Use <code>a&lt;b</code> here.");
    assertThat(DocText.html("- only\n- items")).isEqualTo("<ul>\n  <li>only</li>\n  <li>items</li>\n</ul>");
    assertThat(DocText.html("an `unclosed span")).isEqualTo("an `unclosed span");
  }

  @Test
  void webLinksBecomeAnchorsOtherLinksKeepTheirText() {
    assertThat(DocText.html("见 [文档](https://e.com/p?a=1&b=2) 与 [实例状态](../d.md#s)，[`code` link](x.md)"))
        .isEqualTo("见 <a href=\"https://e.com/p?a=1&amp;b=2\">文档</a> 与 实例状态，<code>code</code> link");
    // escaping span by span must still never close the comment
    assertThat(DocText.html("a* [/b](x.md) `*`/c")).doesNotContain("*/");
  }

  @Test
  void docComposesTextListsAndTags() {
    String doc = new Doc()
        .text("Describe <b>.")
        .list("Codes:", java.util.List.of("A", "B"))
        .param("request", "the request")
        .returns("the response")
        .build()
        .toString();
    assertThat(doc).isEqualTo("Describe &lt;b&gt;.\n\n<p>Codes:\n<ul>\n  <li>A</li>\n  <li>B</li>\n</ul>\n\n"
        + "@param request the request\n@return the response\n");
  }

  @Test
  void namesBecomeReadableIdentifiers() {
    assertThat(JavaNames.upperCamel("describe-images", "X")).isEqualTo("DescribeImages");
    assertThat(JavaNames.lowerCamel("DescribeImages", "x")).isEqualTo("describeImages");
    assertThat(JavaNames.lowerCamel("URLPath", "x")).isEqualTo("urlPath");
    assertThat(JavaNames.memberName("imageId")).isEqualTo("imageId");
    assertThat(JavaNames.memberName("ImageId")).isEqualTo("ImageId");
    assertThat(JavaNames.memberName("image-name")).isEqualTo("imageName");
    assertThat(JavaNames.memberName("2fa")).isEqualTo("_2fa");
    assertThat(JavaNames.memberName("名称")).isEqualTo("member");
    assertThat(JavaNames.constantName("PUBLIC_IMAGE", "V")).isEqualTo("PUBLIC_IMAGE");
    assertThat(JavaNames.constantName("centos", "V")).isEqualTo("CENTOS");
    assertThat(JavaNames.constantName("CentOS7.4", "V")).isEqualTo("CENT_OS7_4");
    assertThat(JavaNames.constantName("中文", "VALUE_3")).isEqualTo("VALUE_3");
  }
}
