package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Text written to make pattern matching backtrack (long runs of spaces, bodies that never close)
 * is read in one pass: with the patterns these replaced, each page took minutes (quadratic in the
 * run), and it must now be read well inside the timeout.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileTextTest {
  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");

  private static ParseResult withExample(String block) {
    return DocsParser.parsePage("a.md", HostilePages.action(2) + "\n## 4. 代码示例\n\n" + block, OPTIONS);
  }

  @Test
  void aCurlExampleWithManyUnclosedBodies() {
    ParseResult r = withExample("```bash\ncurl https://console.zenlayer.com/api/v2/bmc -H 'X-ZC-Action: DescribeThings' \\\n"
        + "-d 'a'b ".repeat(50_000) + "\n```\n");
    assertThat(r.service().operations()).hasSize(1);
  }

  @Test
  void anExampleLineOfSpaces() {
    ParseResult r = withExample("```json\nPOST / HTTP/1.1\nHost: console.zenlayer.com/api/v2/bmc\n"
        + "X-ZC-Action: DescribeThings" + " ".repeat(100_000) + "x\n" + " ".repeat(100_000) + "x\n"
        + "**" + " ".repeat(100_000) + "**x\nResponse:\n{\"requestId\": \"r\"}\n```\n");
    assertThat(r.service().operations()).hasSize(1);
  }
}
