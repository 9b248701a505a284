package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.lock.LockSession;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerating with the lock the previous run wrote changes nothing: the same sources byte for
 * byte and the same lock, for every scope of names (waiters included, which the corrections
 * declare), through the real generator and lock file.
 */
class LockRoundTripTest {

  private static final Path REPO = TestCorpus.repoRoot();
  private static final Path CORRECTIONS = REPO.resolve("corrections/zenlayer-bmc-2022-11-20.json");

  @TempDir Path dir;

  @Test
  void aSecondRunWithTheFirstRunsLockGivesTheSameSourcesAndLock() throws IOException {
    Path lock = dir.resolve("lock/" + NameLock.FILE_NAME);
    Files.createDirectories(lock.getParent());
    generate(REPO.resolve("specs/bmc"), null, lock, dir.resolve("first"));
    String firstLock = Files.readString(lock);
    NameLock recorded = NameLock.parse(firstLock);
    assertThat(recorded.recorded(LockSession.CLIENT, "waiter:InstanceRunning"))
        .as("the waiters went through the lock").isEqualTo("waitUntilInstanceRunning");
    assertThat(recorded.recorded(LockSession.CLIENT, "waiters")).isEqualTo("waiter");

    generate(REPO.resolve("specs/bmc"), null, lock, dir.resolve("second"));
    assertThat(tree(dir.resolve("second"))).isEqualTo(tree(dir.resolve("first")));
    assertThat(Files.readString(lock)).isEqualTo(firstLock);
  }

  @Test
  void theWholeCorpusRegeneratesUnchangedWithItsLock() throws IOException {
    Path docs = TestCorpus.corpus().resolve("zenlayer-docs/luo-jin-shu");
    Path lock = dir.resolve(NameLock.FILE_NAME);
    generate(docs, TestCorpus.linkRoot(), lock, dir.resolve("first"));
    String firstLock = Files.readString(lock);
    generate(docs, TestCorpus.linkRoot(), lock, dir.resolve("second"));
    assertThat(tree(dir.resolve("second"))).isEqualTo(tree(dir.resolve("first")));
    assertThat(Files.readString(lock)).isEqualTo(firstLock);
  }

  @Test
  void aWaiterNameEditedInTheLockIsKept() throws IOException {
    Path lock = dir.resolve(NameLock.FILE_NAME);
    generate(REPO.resolve("specs/bmc"), null, lock, dir.resolve("first"));
    String edited = Files.readString(lock).replace("\"waiter:InstanceRunning\": \"waitUntilInstanceRunning\"",
        "\"waiter:InstanceRunning\": \"awaitRunning\"");
    assertThat(edited).as("the lock names the waiter").contains("awaitRunning");
    Files.writeString(lock, edited);

    Path out = dir.resolve("second");
    generate(REPO.resolve("specs/bmc"), null, lock, out);
    assertThat(out.resolve("src/com/example/bmc/BmcWaiter.java")).content()
        .contains("public WaiterResponse<DescribeInstancesResponse> awaitRunning(")
        .doesNotContain("waitUntilInstanceRunning(");
    assertThat(Files.readString(lock)).isEqualTo(edited);
  }

  private static void generate(Path docs, Path linkRoot, Path lock, Path out) throws IOException {
    GenerateResult r = Generator.generate(GenerateRequest.builder().docsRoot(docs).service("bmc")
        .apiVersion("2022-11-20").basePackage("com.example.bmc").sourceOutput(out.resolve("src")).resourceOutput(out.resolve("res"))
        .overrides(CORRECTIONS).linkRoot(linkRoot).lockFile(lock).build());
    assertThat(r.outcome()).as(r.diagnostics().toString()).isEqualTo(GenerateResult.Outcome.GENERATED);
  }

  private static SortedMap<String, String> tree(Path root) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    assertThat(out).as("something was generated").containsKey("src/com/example/bmc/BmcWaiter.java");
    return out;
  }
}
