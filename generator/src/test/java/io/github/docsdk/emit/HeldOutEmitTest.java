package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthetic docs trees of {@code src/test/resources/heldout-like} (dialect variants the shared
 * corpus lacks) give SDK code that compiles under the strict options an SDK user's build has.
 */
class HeldOutEmitTest {

  @ParameterizedTest
  @ValueSource(strings = {"vm-en", "sdn-zh", "traffic-mixed", "zec-edge", "ccs-html", "user-billing", "zec-enums", "vm-nested", "titles", "billing-sub"})
  void generatedCodeCompiles(String folder, @org.junit.jupiter.api.io.TempDir Path work) throws IOException {
    Path docs = Path.of("src/test/resources/heldout-like", folder).toAbsolutePath();
    assertThat(Files.isDirectory(docs)).as("test docs %s", docs).isTrue();
    ParseResult parsed = DocsParser.parse(docs, ParseOptions.of(folder.replaceAll("-.*", ""), "2022-11-20"));
    assertThat(parsed.hasErrors()).as("%s", parsed.diagnostics()).isFalse();
    assertThat(parsed.service().operations()).isNotEmpty();
    List<JavaFile> files = SdkEmitter.emit(parsed.service(), new EmitOptions("com.example.heldout." + folder.replace("-", "")));
    GeneratedSources.Compiled compiled = GeneratedSources.compile(files, work);
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(files).extracting(f -> f.typeSpec().name())
        .contains(parsed.service().operations().get(0).name() + "Request");
  }
}
