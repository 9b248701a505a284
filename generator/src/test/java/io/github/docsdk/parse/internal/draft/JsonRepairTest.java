package io.github.docsdk.parse.internal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.read.JsonLite;
import org.junit.jupiter.api.Test;

class JsonRepairTest {

  @Test
  void repairsOnlyWhatKeepsLinesInPlace() {
    String broken = "{\n  \"a\": 1，\n  \"b\"： [1, 2,],\n}";
    String fixed = JsonRepair.repair(broken);
    assertThat(fixed.lines().count()).isEqualTo(broken.lines().count());
    JsonLite.Result r = JsonLite.parse(fixed);
    assertThat(r.ok()).isTrue();
    assertThat(r.value().fields.get("b").line()).isEqualTo(3);
    assertThat(JsonLite.parse(broken).ok()).isFalse();
    assertThat(JsonLite.parse(broken).errorLine()).isEqualTo(2);
  }
}
