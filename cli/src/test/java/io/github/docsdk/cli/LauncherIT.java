package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cli/bin/docsdk} as a user would, on the jar this build packaged (hence an
 * integration test: it needs the {@code package} phase). Its speed is measured in BENCHMARKS.md,
 * not here; this checks that the launcher's class-data archive is written once, reused, and never
 * changes what the CLI does.
 */
class LauncherIT {

  private static final Path MODULE = TestCorpus.repoRoot().resolve("cli");
  private static final Path SCRIPT = MODULE.resolve("bin/docsdk");
  private static final Path DOCS = TestCorpus.repoRoot().resolve("specs/bmc");

  @TempDir Path dir;

  @Test
  void writesTheArchiveOnceAndReusesItWithTheSameOutput() throws Exception {
    Path cache = dir.resolve("cache");

    Result first = run(Map.of("DOCSDK_CACHE", cache.toString()), generate(dir.resolve("out1")));
    assertThat(first.exit).as(first.stderr).isZero();
    List<Path> archives = archives(cache);
    assertThat(archives).hasSize(1);
    long written = Files.getLastModifiedTime(archives.get(0)).toMillis();

    Result second = run(Map.of("DOCSDK_CACHE", cache.toString()), generate(dir.resolve("out2")));
    assertThat(second.exit).as(second.stderr).isZero();
    assertThat(archives(cache)).containsExactlyElementsOf(archives);
    assertThat(Files.getLastModifiedTime(archives.get(0)).toMillis()).isEqualTo(written);

    assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    assertThat(tree(dir.resolve("out2"))).isEqualTo(tree(dir.resolve("out1"))).isNotEmpty();
    assertThat(tree(dir.resolve("out1"))).isEqualTo(tree(plainJavaJar(dir.resolve("out3"))));
  }

  @Test
  void eachCommandGetsAnArchiveOfItsOwn() throws Exception {
    Path cache = dir.resolve("cache");
    Result lint = run(Map.of("DOCSDK_CACHE", cache.toString()), List.of("lint", DOCS.toString()));
    assertThat(lint.exit).as(lint.stderr).isLessThanOrEqualTo(1);
    assertThat(archives(cache)).singleElement().asString().contains("cli-lint-");

    Result generate = run(Map.of("DOCSDK_CACHE", cache.toString()), generate(dir.resolve("out")));
    assertThat(generate.exit).as(generate.stderr).isZero();
    assertThat(archives(cache)).hasSize(2).anySatisfy(a -> assertThat(a.getFileName().toString()).startsWith("cli-generate-"));
  }

  @Test
  void runsWithoutAnArchiveWhenTheCacheCannotBeMade() throws Exception {
    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
    Result result = run(Map.of("DOCSDK_CACHE", blocked.resolve("cache").toString()),
        generate(dir.resolve("out")));
    assertThat(result.exit).as(result.stderr).isZero();
    assertThat(tree(dir.resolve("out"))).isNotEmpty();
  }

  @Test
  void passesExitCodesAndUserJvmOptionsThrough() throws Exception {
    Result usage = run(Map.of("DOCSDK_CACHE", dir.resolve("c").toString(),
        "DOCSDK_JAVA_OPTS", "-Xmx64m -Dignored=1"), List.of("generate", "--no-such-flag"));
    assertThat(usage.exit).isEqualTo(2);

    Result badOption = run(Map.of("DOCSDK_CACHE", dir.resolve("c").toString(),
        "DOCSDK_JAVA_OPTS", "-XX:NoSuchJvmOption"), List.of("--help"));
    assertThat(badOption.exit).isNotZero();
    assertThat(badOption.stderr).contains("NoSuchJvmOption");
  }

  @Test
  void saysWhereItLookedWhenTheJarIsMissing() throws Exception {
    Result result = run(Map.of("DOCSDK_JAR", dir.resolve("absent.jar").toString()),
        List.of("--help"));
    assertThat(result.exit).isEqualTo(2);
    assertThat(result.stderr).contains("docsdk-cli-<version>.jar");
  }

  /** The lock goes beside the output: the default, the docs folder's own, is a tracked file of the repo. */
  private static List<String> generate(Path out) {
    return List.of("generate", "--docs", DOCS.toString(), "--service", "bmc",
        "--api-version", "2022-11-20", "--package", "com.example.bmc", "--out", out.toString(),
        "--lock", out.resolveSibling(out.getFileName() + "-lock.json").toString());
  }

  private Path plainJavaJar(Path out) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", jar().toString()));
    command.addAll(generate(out));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("plain.log").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return out;
  }

  private Result run(Map<String, String> env, List<String> args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("DOCSDK_JAR", jar().toString());
    builder.environment().remove("DOCSDK_JAVA_OPTS");
    builder.environment().putAll(env);
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    return new Result(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static Path jar() {
    String version = System.getProperty("docsdk.version", "0.1.0-SNAPSHOT");
    return MODULE.resolve("target/docsdk-cli-" + version + ".jar");
  }

  private static List<Path> archives(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  /** Relative path to content of every file under {@code root}. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private record Result(int exit, String stderr) {
    /** The located findings, without the summary line (it carries a duration). */
    List<String> diagnostics() {
      return stderr.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|note): .*")).toList();
    }
  }
}
