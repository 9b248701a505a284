package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Robustness across pages: a mutated data-structure page with several mutated action pages, so
 * that links, shared enums, name clashes and error-code checks meet broken input. Fixed seed.
 */
class TreeFuzzTest {

  @Test
  void mutatedTreesOnlyProduceDiagnostics() throws IOException {
    Path root = TestCorpus.luoJinShu();
    Map<String, String> all = new TreeMap<>();
    for (Path p : TestCorpus.markdownFiles(root)) {
      all.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
    }
    List<String> actions = new ArrayList<>(all.keySet());
    actions.remove("datastructure.md");
    SplittableRandom random = new SplittableRandom(69L);
    ParseOptions options = ParseOptions.of("bmc", "2022-11-20");
    int structures = 0;
    for (int i = 0; i < 300; i++) {
      Map<String, String> tree = new TreeMap<>();
      tree.put("datastructure.md", Mutator.mutate(all.get("datastructure.md"), random));
      for (int j = 0; j < 6; j++) {
        String path = actions.get(random.nextInt(actions.size()));
        String page = all.get(path);
        tree.put(random.nextBoolean() ? path : "copy" + j + "/" + path, random.nextInt(4) == 0 ? page : Mutator.mutate(page, random));
      }
      ParseResult r = DocsParser.parsePages(tree, options);
      assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("INTERNAL_ERROR");
      assertThat(ModelJson.read(ModelJson.write(r.service())).operations()).hasSameSizeAs(r.service().operations());
      structures += r.service().structures().size();
    }
    assertThat(structures).isPositive();
  }
}
