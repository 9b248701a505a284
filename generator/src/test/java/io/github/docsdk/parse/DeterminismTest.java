package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.ModelJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same docs, files created in different orders: byte-identical model JSON and diagnostics. */
class DeterminismTest {

  @Test
  void fileOrderDoesNotChangeTheModel(@TempDir Path temp) {
    Path docs = TestCorpus.corpus().resolve("zenlayer-docs");
    List<Path> files = TestCorpus.markdownFiles(docs);
    List<String> models = new ArrayList<>();
    List<String> diagnostics = new ArrayList<>();
    for (int variant = 0; variant < 3; variant++) {
      List<Path> order = new ArrayList<>(files);
      if (variant == 1) {
        Collections.reverse(order);
      } else if (variant == 2) {
        Collections.shuffle(order, new Random(7));
      }
      Path copy = temp.resolve("copy" + variant);
      TestCorpus.copyTree(docs, copy, order);
      ParseResult r = DocsParser.parse(copy.resolve("luo-jin-shu"), ParseOptions.of("bmc", "2022-11-20").withLinkRoot(copy));
      models.add(ModelJson.write(r.service()));
      diagnostics.add(r.diagnostics().toString());
    }
    assertThat(models.get(0)).contains("\"DescribeImages\"");
    assertThat(models).allMatch(m -> m.equals(models.get(0)));
    assertThat(diagnostics).allMatch(d -> d.equals(diagnostics.get(0)));
  }

  @Test
  void fileOrderDoesNotChangeTheLockNorTheSourcesItGives(@TempDir Path temp) throws java.io.IOException {
    Path docs = TestCorpus.corpus().resolve("zenlayer-docs");
    List<Path> files = TestCorpus.markdownFiles(docs);
    List<String> locks = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int variant = 0; variant < 2; variant++) {
      List<Path> order = new ArrayList<>(files);
      Collections.shuffle(order, new Random(11 + variant));
      Path copy = temp.resolve("copy" + variant);
      TestCorpus.copyTree(docs, copy, order);
      Path out = temp.resolve("out" + variant);
      io.github.docsdk.generate.Generator.generate(io.github.docsdk.generate.GenerateRequest.builder()
          .docsRoot(copy.resolve("luo-jin-shu")).service("bmc").apiVersion("2022-11-20").basePackage("com.example.bmc")
          .sourceOutput(out).linkRoot(copy).build());
      locks.add(Files.readString(copy.resolve("luo-jin-shu/docsdk-lock.json")));
      StringBuilder all = new StringBuilder();
      try (var walk = Files.walk(out)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          all.append(out.relativize(p)).append('\n').append(Files.readString(p));
        }
      }
      sources.add(all.toString());
    }
    assertThat(locks.get(0)).contains("\"enums\"").contains("\"constants:Catalog\"");
    assertThat(locks.get(1)).isEqualTo(locks.get(0));
    assertThat(sources.get(1)).isEqualTo(sources.get(0));
  }

  @Test
  void modelJsonRoundTrips() {
    ParseResult r = DocsParser.parse(TestCorpus.luoJinShu(), TestCorpus.options("bmc", "2022-11-20"));
    String json = ModelJson.write(r.service());
    assertThat(ModelJson.write(ModelJson.read(json))).isEqualTo(json);
  }
}
