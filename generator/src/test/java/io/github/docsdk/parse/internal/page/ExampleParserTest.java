package io.github.docsdk.parse.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.read.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleParserTest {

  @Test
  void splitsHeadersAndBodiesWithFullwidthMarkers() {
    CodeBlock block = new CodeBlock("json", List.of(
        "POST / HTTP/1.1",
        "Host: console.zenlayer.com/api/v2/bmc",
        "X-TC-Action: DescribeZones",
        "<Common Request Params>",
        "",
        "Request：",
        "{}",
        "",
        "Response：",
        "{",
        "  \"requestId\": \"T1\"",
        "}"), 11, false, 10, 1);
    RawExample ex = ExampleParser.parse(block, "1. 查询可用区", "bmc/describezones.md");
    assertThat(ex.host()).isEqualTo("console.zenlayer.com/api/v2/bmc");
    assertThat(ex.action()).isEqualTo("DescribeZones");
    assertThat(ex.actionHeader()).isEqualTo("X-TC-Action");
    assertThat(ex.actionAt().line()).isEqualTo(13);
    assertThat(ex.request()).isEqualTo("{}");
    assertThat(ex.requestLine()).isEqualTo(17);
    assertThat(ex.response()).isEqualTo("{\n  \"requestId\": \"T1\"\n}");
    assertThat(ex.responseLine()).isEqualTo(20);
    assertThat(ex.toExample().title()).isEqualTo("1. 查询可用区");
  }

  @Test
  void bareJsonWithoutMarkersIsARequestOrAResponseByContent() {
    CodeBlock request = new CodeBlock("", List.of("{\"zoneId\": \"SEL-A\"}"), 3, false, 2, 1);
    CodeBlock response = new CodeBlock("", List.of("{\"requestId\": \"x\", \"response\": {}}"), 3, false, 2, 1);
    assertThat(ExampleParser.parse(request, "", "a.md").request()).contains("SEL-A");
    assertThat(ExampleParser.parse(response, "", "a.md").response()).contains("requestId");
  }
}
