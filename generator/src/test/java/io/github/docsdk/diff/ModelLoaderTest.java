package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

  @TempDir Path tmp;

  private final Service model = Fixtures.base();
  private final List<ParseOptions> parsed = new ArrayList<>();
  private final ModelLoader loader =
      new ModelLoader((dir, options) -> {
        parsed.add(options);
        Diagnostic d = Diagnostic.warning(SourceLocation.of("a.md", 1, 1), "X", "odd", "");
        return new ParseResult(
            new Service(options.service(), options.apiVersion(), List.of(), List.of(), List.of()),
            List.of(d));
      });

  @Test
  void readsAModelJsonFile() throws Exception {
    Path file = tmp.resolve("bmc.json");
    Files.writeString(file, ModelJson.write(model));
    ModelLoader.Loaded loaded = loader.load(file, null, null, null);
    assertThat(loaded.service()).isEqualTo(model);
    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(parsed).isEmpty();
  }

  @Test
  void readsTheModelInsideAnSdkJar() throws Exception {
    Path jar = jar("sdk.jar", Map.of("META-INF/docsdk/bmc-2022-11-20.json", ModelJson.write(model),
        "com/example/Foo.class", "x"));
    ModelLoader.Loaded loaded = loader.load(jar, null, null, null);
    assertThat(loaded.service()).isEqualTo(model);
    assertThat(loaded.origin()).endsWith("sdk.jar!/META-INF/docsdk/bmc-2022-11-20.json");
  }

  @Test
  void aJarWithSeveralModelsNeedsTheServiceName() throws Exception {
    Service vm = new Service("vm", "2023-01-01", List.of(), List.of(), List.of());
    Path jar = jar("two.jar", Map.of("META-INF/docsdk/bmc-2022-11-20.json", ModelJson.write(model),
        "META-INF/docsdk/vm-2023-01-01.json", ModelJson.write(vm)));
    assertThatThrownBy(() -> loader.load(jar, null, null, null))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("several models")
        .hasMessageContaining("vm-2023-01-01.json");
    assertThat(loader.load(jar, "vm", null, null).service()).isEqualTo(vm);
    assertThatThrownBy(() -> loader.load(jar, "cdn", null, null))
        .isInstanceOf(ModelLoadException.class).hasMessageContaining("cdn-");
  }

  @Test
  void unreadableInputsAreReportedNotThrownRaw() throws Exception {
    assertThatThrownBy(() -> loader.load(tmp.resolve("missing.json"), null, null, null))
        .isInstanceOf(ModelLoadException.class).hasMessageContaining("no such file");
    Path notModel = tmp.resolve("other.json");
    Files.writeString(notModel, "{\"hello\": 1}");
    assertThatThrownBy(() -> loader.load(notModel, null, null, null))
        .isInstanceOf(ModelLoadException.class).hasMessageContaining("not a docsdk model");
    Path garbage = tmp.resolve("garbage.jar");
    Files.writeString(garbage, "not a zip");
    assertThatThrownBy(() -> loader.load(garbage, null, null, null))
        .isInstanceOf(ModelLoadException.class).hasMessageContaining("not a readable jar");
    Path empty = jar("empty.jar", Map.of("a.txt", "x"));
    assertThatThrownBy(() -> loader.load(empty, null, null, null))
        .isInstanceOf(ModelLoadException.class).hasMessageContaining("no META-INF/docsdk/");
  }

  @Test
  void parsesADocsFolderWithTheGivenOrDefaultNames() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("bmc-docs"));
    ModelLoader.Loaded named = loader.load(docs, "bmc", "2022-11-20", null);
    assertThat(named.service().name()).isEqualTo("bmc");
    assertThat(named.diagnostics()).hasSize(1);
    assertThat(parsed.get(0)).isEqualTo(new ParseOptions("bmc", "2022-11-20", null));
    ModelLoader.Loaded unnamed = loader.load(docs, null, null, null);
    assertThat(unnamed.service().name()).isEqualTo("bmc-docs");
    assertThat(parsed.get(1).apiVersion()).isEqualTo("unversioned");
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = tmp.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
