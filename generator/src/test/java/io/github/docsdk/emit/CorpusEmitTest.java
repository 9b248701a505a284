package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.JavaFile;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole shared bmc corpus, parsed by {@link DocsParser} and emitted: the code compiles under
 * the strict options, and every JSON example binds to its request and response classes. Examples
 * the docs got wrong (invalid JSON, values of the wrong kind) are listed as diagnostics on stdout,
 * not failures; the test fails only when the share of examples that bind drops.
 */
class CorpusEmitTest {
  /** The test's own mapper (jackson-databind is the generator's, never the SDK's). */
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();


  @TempDir static Path work;
  private static Service service;
  private static List<JavaFile> files;
  private static GeneratedSources.Compiled compiled;
  private static URLClassLoader loader;

  @BeforeAll
  static void parseEmitCompile() throws IOException {
    Path docs = corpus();
    Assumptions.assumeTrue(docs != null,
        "shared corpus not found at <repo root>/../shared/corpus/zenlayer-docs/luo-jin-shu: corpus tests skipped");
    // the corpus is no git work tree: its top is the link root (pages link up to the common pages)
    service = DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20").withLinkRoot(docs.getParent())).service();
    files = SdkEmitter.emit(service, new EmitOptions("com.example.zenlayer.bmc"));
    compiled = GeneratedSources.compile(files, work);
    if (compiled.success()) {
      loader = compiled.loader();
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }

  static Path corpus() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null || dir.getParent() == null) {
      return null;
    }
    Path docs = dir.getParent().resolve("shared/corpus/zenlayer-docs/luo-jin-shu");
    return Files.isDirectory(docs) ? docs : null;
  }

  @Test
  void generatedSdkCompilesWithoutWarnings() {
    assertThat(service.operations()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(compiled.diagnostics()).isEmpty();
    long lines = files.stream().mapToLong(f -> f.toString().lines().count()).sum();
    System.out.printf("corpus: %d operations, %d shapes, %d files, %d lines%n",
        service.operations().size(), service.shapes().size(), files.size(), lines);
  }

  @Test
  void javadocWithDoclintAllAcceptsTheGeneratedSdk() throws IOException {
    assertThat(JavadocToolTest.javadoc(files, work.resolve("javadoc"))).isEmpty();
  }

  @Test
  void regenerationIsByteIdentical() {
    List<String> again = SdkEmitter.emit(service, new EmitOptions("com.example.zenlayer.bmc")).stream()
        .map(JavaFile::toString).toList();
    assertThat(again).isEqualTo(files.stream().map(JavaFile::toString).toList());
  }

  @Test
  void everyActionHasClientMethodRequestAndResponse() throws ReflectiveOperationException {
    Assumptions.assumeTrue(loader != null, "did not compile");
    Class<?> client = loader.loadClass("com.example.zenlayer.bmc.BmcClient");
    for (Operation op : service.operations()) {
      String action = io.github.docsdk.emit.naming.JavaNames.upperCamel(op.name(), "Action");
      Class<?> request = loader.loadClass("com.example.zenlayer.bmc.model." + action + "Request");
      Class<?> response = loader.loadClass("com.example.zenlayer.bmc.model." + action + "Response");
      String method = io.github.docsdk.emit.naming.JavaNames.lowerCamel(op.name(), "action");
      assertThat(client.getMethod(method, request).getReturnType()).isEqualTo(response);
    }
  }

  @Test
  void examplesBindToTheirRequestAndResponseClasses() throws ClassNotFoundException {
    Assumptions.assumeTrue(loader != null, "did not compile");
    Map<String, String> problems = new TreeMap<>();
    int tried = 0;
    int bound = 0;
    for (Operation op : service.operations()) {
      String action = io.github.docsdk.emit.naming.JavaNames.upperCamel(op.name(), "Action");
      Class<?> request = loader.loadClass("com.example.zenlayer.bmc.model." + action + "Request");
      Class<?> response = loader.loadClass("com.example.zenlayer.bmc.model." + action + "Response");
      for (Example ex : op.examples()) {
        for (Binding b : List.of(
            new Binding(ex.request(), request, false), new Binding(ex.response(), response, true))) {
          if (b.text().isBlank()) {
            continue;
          }
          tried++;
          String problem = bind(b);
          if (problem == null) {
            bound++;
          } else {
            problems.put(ex.location() + " " + op.name() + (b.envelope() ? " response" : " request"), problem);
          }
        }
      }
    }
    problems.forEach((where, why) -> System.out.println("example not bound (docs issue?): " + where + ": " + why));
    System.out.printf("examples: %d of %d bound (%d after repairing the JSON)%n", bound, tried, REPAIRED.get());
    assertThat(tried).isGreaterThan(50);
    // Most examples are right; a drop means the emitter broke binding, not that the docs changed.
    assertThat(bound).as("examples that bind").isGreaterThanOrEqualTo(tried * 9 / 10);
  }

  private record Binding(String text, Class<?> type, boolean envelope) {}

  /** Null when the example binds, else why not. */
  private static String bind(Binding b) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(b.text());
    } catch (IOException e) {
      try {
        // the usual slips: fullwidth punctuation, trailing commas; bind what they meant
        tree = MAPPER.readTree(repair(b.text()));
        REPAIRED.incrementAndGet();
      } catch (IOException again) {
        return "not JSON: " + firstLine(e.getMessage());
      }
    }
    if (tree == null || !tree.isObject()) {
      return "not a JSON object";
    }
    // Response examples show the envelope {"requestId", "response": {...}}; bind its content.
    JsonNode body = b.envelope() && tree.has("response") ? tree.get("response") : tree;
    try {
      Object value = b.type().getMethod("fromJson", String.class).invoke(null, MAPPER.writeValueAsString(body));
      b.type().getMethod("toJson").invoke(value); // and back
      return null;
    } catch (java.lang.reflect.InvocationTargetException e) {
      return firstLine(e.getCause().getMessage());
    } catch (IOException | ReflectiveOperationException e) {
      return firstLine(e.getMessage());
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger REPAIRED =
      new java.util.concurrent.atomic.AtomicInteger();

  static String repair(String text) {
    return text.replace('，', ',').replace('：', ':').replace('“', '"').replace('”', '"')
        .replaceAll(",(\\s*[}\\]])", "$1");
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
