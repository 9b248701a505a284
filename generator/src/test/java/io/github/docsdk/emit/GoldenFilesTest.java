package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files, AWS-codegen style: each emitter's output for the small bmc fixture is compared
 * with a reviewed file under {@code src/test/resources/golden/emit/bmc}. One file per emitter: model
 * class (structure, request), enum, error codes, request checks, sync and async clients, sync and async waiters. After an intended change, regenerate with
 * {@code -Ddocsdk.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/emit/bmc");
  private static final List<JavaFile> FILES =
      SdkEmitter.emit(Fixtures.bmc(), new EmitOptions("com.example.bmc"));

  static Stream<Arguments> emitters() {
    return Stream.of(
        Arguments.of("ModelClassEmitter (structure)", "com/example/bmc/model/InstanceInfo.java"),
        Arguments.of("ModelClassEmitter (request)", "com/example/bmc/model/DescribeImagesRequest.java"),
        Arguments.of("ModelClassEmitter (response)", "com/example/bmc/model/DescribeInstancesResponse.java"),
        Arguments.of("EnumEmitter", "com/example/bmc/model/ImageType.java"),
        Arguments.of("ErrorCodesEmitter", "com/example/bmc/BmcErrorCodes.java"),
        Arguments.of("RequestChecksEmitter", "com/example/bmc/BmcRequestChecks.java"),
        Arguments.of("ClientEmitter (sync)", "com/example/bmc/BmcClient.java"),
        Arguments.of("ClientEmitter (async)", "com/example/bmc/BmcAsyncClient.java"),
        Arguments.of("ClientEmitter (default sync)", "com/example/bmc/DefaultBmcClient.java"),
        Arguments.of("ClientEmitter (default async)", "com/example/bmc/DefaultBmcAsyncClient.java"),
        Arguments.of("WaiterEmitter (sync)", "com/example/bmc/BmcWaiter.java"),
        Arguments.of("WaiterEmitter (async)", "com/example/bmc/BmcAsyncWaiter.java"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("emitters")
  void emitterOutputMatchesGoldenFile(String emitter, String path) throws IOException {
    String actual = source(path);
    Path golden = GOLDEN.resolve(path);
    if (Boolean.getBoolean("docsdk.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for %s (regenerate with -Ddocsdk.updateGolden=true)", emitter).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emitters")
  void everyGoldenFileIsEmitted(String emitter, String path) {
    assertThat(FILES.stream().map(GoldenFilesTest::path)).contains(path);
  }

  static String path(JavaFile f) {
    return SdkEmitter.qualifiedName(f).replace('.', '/') + ".java";
  }

  private static String source(String path) {
    return FILES.stream()
        .filter(f -> path(f).equals(path))
        .findFirst()
        .map(JavaFile::toString)
        .orElseThrow(() -> new AssertionError("not emitted: " + path));
  }
}
