package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docs tree built to exhaust the generator (the largest pages it reads, each a table far past
 * the row or cell limits, in Markdown and in HTML) is refused with located errors by
 * {@code generate} in a JVM of 256 MB, in seconds, writing nothing.
 */
class HostileTreeMemoryTest {

  private static final String HEAD = "# DescribeThings\n\n## 1. 接口描述\n\n调用本接口。\n\n## 2. 请求参数\n\n";
  private static final String TAIL = "\n## 3. 响应结果\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n"
      + "| requestId | String | 唯一请求 ID。 |\n";

  /** About {@code bytes} of page: a request table of as many rows as fit. */
  private static String longTable(String action, int bytes) {
    StringBuilder s = new StringBuilder(HEAD.replace("DescribeThings", action))
        .append("| 参数名称 | 必选 | 类型 | 描述 |\n| --- | --- | --- | --- |\n");
    int size = s.toString().getBytes(StandardCharsets.UTF_8).length;
    for (int i = 0; size < bytes; i++) {
      String row = "| m" + i + " | 否 | String | d" + i + " |\n";
      s.append(row);
      size += row.length() + 2; // 否 takes three bytes
    }
    return s.append(TAIL).toString();
  }

  private static String htmlTable(String action, int bytes) {
    StringBuilder s = new StringBuilder(HEAD.replace("DescribeThings", action))
        .append("<table><thead><tr><th>参数名称</th><th>必选</th><th>类型</th><th>描述</th></tr></thead>\n<tbody>\n");
    for (int i = 0; s.length() < bytes; i++) { // ASCII but the header
      s.append("<tr><td>m").append(i).append("</td><td>no</td><td>String</td><td>d</td></tr>\n");
    }
    return s.append("</tbody></table>\n").append(TAIL).toString();
  }

  private static String wideTable(String action, int bytes) {
    StringBuilder header = new StringBuilder("| 参数名称 | 必选 | 类型 | 描述 |");
    StringBuilder delimiter = new StringBuilder("| --- | --- | --- | --- |");
    for (int i = 0; header.length() * 3 / 2 < bytes - 60_000; i++) { // the delimiter row is half as long
      header.append(" c").append(i).append(" |");
      delimiter.append(" - |");
    }
    return HEAD.replace("DescribeThings", action) + header + "\n" + delimiter + "\n"
        + "| zoneId | 否 | String | 区域。 |\n".repeat(1000) + TAIL;
  }

  @Test
  void theLargestHostilePagesEndInLocatedErrorsUnder256Mb(@TempDir Path tmp) throws Exception {
    int page = 2 * 1024 * 1024 - 64 * 1024;
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("long.md"), longTable("DescribeLong", page));
    Files.writeString(docs.resolve("html.md"), htmlTable("DescribeHtml", page));
    Files.writeString(docs.resolve("wide.md"), wideTable("DescribeWide", page));
    for (Path p : List.of(docs.resolve("long.md"), docs.resolve("html.md"), docs.resolve("wide.md"))) {
      assertThat(Files.size(p)).as("%s", p).isBetween(1_500_000L, 2L * 1024 * 1024);
    }
    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "generate", "--docs", docs.toString(), "--service", "bmc", "--api-version", "2022-11-20",
        "--package", "com.example.things", "--out", out.toString(), "--lock", tmp.resolve("lock.json").toString())
        .redirectOutput(tmp.resolve("stdout").toFile())
        .redirectError(tmp.resolve("stderr").toFile())
        .start();
    boolean done = process.waitFor(90, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly().waitFor();
    }
    String err = Files.readString(tmp.resolve("stderr"), StandardCharsets.UTF_8);
    assertThat(done).as("finished within 90 s; stderr: %s", tail(err)).isTrue();
    assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(process.exitValue()).as(tail(err)).isEqualTo(1);
    assertThat(err)
        .contains("long.md:1011:1: error: [TABLE_TOO_LONG] table has more than 1000 rows")
        .contains("html.md:1011:1: error: [TABLE_TOO_LONG] table has more than 1000 rows")
        .containsPattern("wide.md:9:\\d+: error: \\[ROW_TOO_WIDE\\] table row has more than 32 cells");
    assertThat(out).doesNotExist();
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
  }

}
