package io.github.docsdk.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes generated files to disk and compiles them in-process the way an SDK user's build would:
 * {@code --release 11}, every lint, warnings as errors, full doclint; the test classpath provides
 * the runtime and Jackson.
 */
final class GeneratedSources {

  /** What compiling gave. */
  record Compiled(boolean success, String diagnostics, Path classes) {

    /** A class loader over the compiled classes, delegating to the test's (runtime, Jackson). */
    URLClassLoader loader(Path... more) {
      try {
        URL[] urls = new URL[more.length + 1];
        urls[0] = classes.toUri().toURL();
        for (int i = 0; i < more.length; i++) {
          urls[i + 1] = more[i].toUri().toURL();
        }
        return new URLClassLoader(urls, GeneratedSources.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private GeneratedSources() {}

  /**
   * Exactly what an SDK user's build has: the runtime, jackson-core and slf4j-api (the runtime's own
   * dependencies; no jackson-databind), located by class rather than from java.class.path (surefire may hide it in a
   * manifest-only jar).
   */
  static String sdkClasspath() {
    List<String> entries = new ArrayList<>();
    for (String marker : List.of(
        "io.github.docsdk.runtime.ClientConfig",
        "com.fasterxml.jackson.core.JsonParser",
        "org.slf4j.LoggerFactory")) {
      try {
        Class<?> c = Class.forName(marker);
        entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
        throw new IllegalStateException("test classpath lacks " + marker, e);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  static boolean runtimeHasClient() {
    try {
      Class.forName("io.github.docsdk.runtime.ZenlayerHttpClient");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static List<Path> write(List<JavaFile> files, Path dir) {
    List<Path> out = new ArrayList<>();
    for (JavaFile f : files) {
      try {
        out.add(f.writeToPath(dir, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Compiles hand-written user code against already compiled generated classes (plain options:
   * user code is not held to the generated code's doclint rules).
   */
  static Compiled compileUser(Compiled generated, Path work, Path... sources) throws IOException {
    Path classes = Files.createDirectories(work.resolve("user-classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "11", "-encoding", "UTF-8", "-Xlint:all", "-Werror",
          "-d", classes.toString(),
          "-cp", generated.classes() + java.io.File.pathSeparator + sdkClasspath());
      boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(List.of(sources))).call();
      StringBuilder text = new StringBuilder();
      diagnostics.getDiagnostics().forEach(d -> text.append(d).append('\n'));
      return new Compiled(ok, text.toString(), classes);
    }
  }

  static Compiled compile(List<JavaFile> files, Path work) throws IOException {
    Path src = Files.createDirectories(work.resolve("src"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<Path> sources = write(files, src);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "--release", "11", "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-Xdoclint:all/protected",
          "-implicit:none", "-d", classes.toString(),
          "-cp", sdkClasspath());
      boolean ok = javac.getTask(output, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      StringBuilder text = new StringBuilder(output.toString());
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        text.append(d.getKind()).append(' ')
            .append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
            .append(':').append(d.getLineNumber()).append(": ")
            .append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return new Compiled(ok, text.toString(), classes);
    }
  }
}
