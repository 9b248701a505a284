package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The javadoc tool itself, with every doclint group, accepts the generated sources. */
class JavadocToolTest {

  @TempDir Path work;

  @Test
  void javadocWithDoclintAllPassesOnNastyFixture() throws IOException {
    String out = javadoc(SdkEmitter.emit(Fixtures.nasty(), new EmitOptions("com.example.nasty")), work);
    assertThat(out).isEmpty();
    assertThat(work.resolve("doc/com/example/nasty/WeirdSvcClient.html")).exists();
  }

  /** Runs the javadoc tool with every doclint group and warnings as errors; returns its output. */
  static String javadoc(List<com.palantir.javapoet.JavaFile> generated, Path work) throws IOException {
    Path src = work.resolve("src");
    GeneratedSources.write(generated, src);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(src)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javadoc.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "11", "-encoding", "UTF-8", "-Xdoclint:all", "-Werror",
          "-quiet", "-d", work.resolve("doc").toString(), "-cp", GeneratedSources.sdkClasspath());
      boolean ok = javadoc.getTask(out, fm, null, null, options, fm.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(ok).as(out.toString()).isTrue();
    }
    return out.toString();
  }
}
