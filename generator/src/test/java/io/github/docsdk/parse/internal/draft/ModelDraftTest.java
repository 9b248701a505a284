package io.github.docsdk.parse.internal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.TestCorpus;
import io.github.docsdk.spec.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The drafts a model JSON's corrections apply to hold everything the model holds. */
class ModelDraftTest {

  @Test
  void theDraftsOfAModelBuildThatModelAgain() {
    Path root = TestCorpus.repoRoot();
    Service bmc = DocsParser.parse(root.resolve("specs/bmc"), new ParseOptions("bmc", "2022-11-20",
        root.resolve("corrections/zenlayer-bmc-2022-11-20.json"))).service();
    assertThat(bmc.waiters()).isNotEmpty();
    assertThat(bmc.resources()).isNotEmpty();
    assertThat(bmc.operations()).anySatisfy(op -> assertThat(op.pagination()).isPresent());

    Service again = ModelDraft.of(bmc).build();
    assertThat(again).isEqualTo(bmc);
    assertThat(again.operations().get(0).request()).isSameAs(bmc.operations().get(0).request());
  }
}
