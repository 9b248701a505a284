package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed page in the repo's own specs, end to end: link to ImageInfo, enums, errors, example. */
class SeedPageTest {

  @Test
  void describeImagesIsFullyResolved() {
    Path specs = TestCorpus.repoRoot().resolve("specs/bmc");
    ParseResult r = DocsParser.parse(specs, ParseOptions.of("bmc", "2022-11-20"));
    assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
    Service s = r.service();
    Operation op = s.operation("DescribeImages").orElseThrow();
    assertThat(op.notes()).hasSize(1);
    assertThat(op.notes().get(0)).contains("imageIds");
    assertThat(op.request()).extracting(Member::name)
        .containsExactly("imageIds", "imageName", "catalog", "imageType", "osType", "instanceTypeId");
    assertThat(op.request()).extracting(m -> m.type().describe())
        .containsExactly("List<String>", "String", "enum Catalog", "enum ImageType", "enum OsType", "String");
    assertThat(op.response()).extracting(m -> m.name() + ":" + m.type().describe())
        .containsExactly("requestId:String", "images:List<ImageInfo>");
    StructureShape info = (StructureShape) s.shape("ImageInfo").orElseThrow();
    assertThat(info.location().file()).isEqualTo("datastructure.md");
    assertThat(info.members()).filteredOn(m -> m.name().equals("catalog")).extracting(m -> m.type().describe())
        .containsExactly("enum Catalog");
    EnumShape imageType = (EnumShape) s.shape("ImageType").orElseThrow();
    assertThat(imageType.values()).extracting(EnumValue::value).containsExactly("PUBLIC_IMAGE", "CUSTOM_IMAGE");
    assertThat(op.errors()).extracting(e -> e.httpStatus() + " " + e.code()).containsExactly("404 INVALID_INSTANCE_TYPE_NOT_FOUND");
    assertThat(op.examples()).hasSize(1);
    assertThat(op.examples().get(0).action()).isEqualTo("DescribeImages");
    assertThat(op.examples().get(0).response()).startsWith("{").contains("\"imageType\": \"PUBLIC_IMAGE\"");
    assertThat(r.diagnostics()).extracting(d -> d.code() + "@" + d.location().file() + ":" + d.location().line())
        .contains("EXAMPLE_OLD_ACTION_HEADER@actions/DescribeImages.md:45", "BOLD_IN_ERROR_ROW@actions/DescribeImages.md:80");
  }
}
