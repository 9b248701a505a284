package io.github.docsdk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.ModelJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMojoTest {

  private static final String PAGE =
      """
      # DescribeZones

      ## 1. 接口描述

      查询可用区。

      ## 2. 请求参数

      | 参数名称 | 必选 | 类型 | 描述 |
      | --- | --- | --- | --- |
      | zoneIds | 否 | Array of String | 可用区ID。 |
      | regionId | 否 | String | 地域ID。 |

      ## 3. 响应结果

      | 参数名称 | 类型 | 描述 |
      | --- | --- | --- |
      | requestId | String | 请求ID。 |
      | zoneSet | Array of String | 可用区。 |
      """;

  @TempDir Path tmp;

  private Path docs;
  private Path baseline;

  @BeforeEach
  void baselineFromTheDocs() throws Exception {
    docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("describezones.md"), PAGE, StandardCharsets.UTF_8);
    baseline = tmp.resolve("baseline.json");
    Files.writeString(baseline,
        ModelJson.write(DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20")).service()));
  }

  private DiffMojo mojo() {
    DiffMojo mojo = new DiffMojo();
    mojo.basedir = tmp.toFile();
    mojo.docs = new File("docs");
    mojo.service = "bmc";
    mojo.apiVersion = "2022-11-20";
    mojo.baseline = baseline.toFile();
    mojo.reportDirectory = tmp.resolve("target/docsdk-diff").toFile();
    return mojo;
  }

  private String report(String extension) throws Exception {
    return Files.readString(tmp.resolve("target/docsdk-diff/bmc-diff." + extension));
  }

  @Test
  void unchangedDocsPassAndWriteAnEmptyReport() throws Exception {
    mojo().execute();
    assertThat(report("md")).contains("No API changes.");
    assertThat(report("json")).contains("\"breaking\" : 0");
  }

  @Test
  void compatibleChangesPass() throws Exception {
    Files.writeString(docs.resolve("describezones.md"),
        PAGE.replace("| zoneSet |", "| totalCount | Integer | 总数。 |\n| zoneSet |"));
    mojo().execute();
    assertThat(report("md")).contains("1 compatible change.")
        .contains("member added `DescribeZones.response.totalCount`");
  }

  @Test
  void breakingChangesFailTheBuildUnlessAllowed() throws Exception {
    Files.writeString(docs.resolve("describezones.md"),
        PAGE.replace("| regionId | 否 | String | 地域ID。 |\n", ""));
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 breaking change(s)")
        .hasMessageContaining("allowBreaking");
    assertThat(report("md")).contains("member removed `DescribeZones.request.regionId`");

    DiffMojo allowing = mojo();
    allowing.allowBreaking = true;
    allowing.execute();
  }

  @Test
  void aBaselineIsRequiredAndOnlyOne() {
    DiffMojo none = mojo();
    none.baseline = null;
    assertThatThrownBy(none::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("configure exactly one baseline");
    DiffMojo both = mojo();
    both.baselineArtifact = "com.example:bmc-sdk:1.0.0";
    assertThatThrownBy(both::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("configure exactly one baseline");
  }

  @Test
  void configurationMistakesAreNamed() {
    DiffMojo mojo = mojo();
    mojo.docs = new File("nope");
    mojo.service = null;
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("-Ddocsdk.service");
  }

  @Test
  void aMissingBaselineFileIsReported() {
    DiffMojo mojo = mojo();
    mojo.baseline = tmp.resolve("missing.json").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("missing.json: no such file");
  }

  @Test
  void skipDoesNothing() throws Exception {
    DiffMojo mojo = mojo();
    mojo.baseline = null;
    mojo.skip = true;
    mojo.execute();
    assertThat(tmp.resolve("target")).doesNotExist();
  }
}
