package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is never written through a symbolic link: the run is refused, nothing written. */
class OutputLinksTest {
  private static final Path DOCS = Path.of("..", "specs", "bmc").toAbsolutePath().normalize();

  private static GenerateRequest request(Path out, Path res, Path tmp) {
    return GenerateRequest.builder().docsRoot(DOCS).service("bmc").apiVersion("2022-11-20")
        .basePackage("com.example.bmc").sourceOutput(out).resourceOutput(res).lockFile(tmp.resolve("lock.json"))
        .build();
  }

  private static long filesUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir)).count();
    }
  }

  @Test
  void anOutputFolderThatIsASymlinkIsRefused(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path out = Files.createSymbolicLink(tmp.resolve("out"), elsewhere);
    GenerateRequest request = request(out, tmp.resolve("res"), tmp);
    assertThat(request.problems()).singleElement().asString()
        .contains(out.toAbsolutePath().toString()).contains("symbolic link");
    assertThatThrownBy(() -> Generator.generate(request)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbolic link");
    assertThat(filesUnder(elsewhere)).isZero();
    assertThat(tmp.resolve("res")).doesNotExist();
    assertThat(tmp.resolve("lock.json")).doesNotExist();
  }

  @Test
  void aSymlinkInsideTheResourceFolderIsRefusedBeforeTheSourcesAreWritten(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path res = Files.createDirectories(tmp.resolve("res/META-INF"));
    Files.createSymbolicLink(res.resolve("docsdk"), elsewhere);
    GenerateRequest request = request(tmp.resolve("src"), tmp.resolve("res"), tmp);
    assertThatThrownBy(() -> Generator.generate(request)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(res.resolve("docsdk").toAbsolutePath().toString());
    assertThat(filesUnder(elsewhere)).isZero();
    assertThat(tmp.resolve("src")).doesNotExist();
  }

  @Test
  void aLinkThatAppearsAfterPreparingStopsTheWrite(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Generator.Prepared prepared = Generator.prepare(request(tmp.resolve("src"), null, tmp));
    Files.createSymbolicLink(tmp.resolve("src"), elsewhere);
    assertThatThrownBy(prepared::write).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
    assertThat(filesUnder(elsewhere)).isZero();
  }

  @Test
  void aRealFolderIsWritten(@TempDir Path tmp) throws IOException {
    GenerateResult result = Generator.generate(request(tmp.resolve("src"), null, tmp));
    assertThat(result.failed()).isFalse();
    assertThat(filesUnder(tmp.resolve("src"))).isGreaterThan(10);
  }
}
