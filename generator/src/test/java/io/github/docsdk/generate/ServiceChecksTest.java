package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceChecksTest {

  private static Service serviceWithHosts(String... hosts) {
    List<Example> examples =
        java.util.Arrays.stream(hosts)
            .map(h -> new Example("", h, "X", "", "", SourceLocation.of("actions/X.md", 30, 1)))
            .toList();
    Operation op =
        new Operation("X", "X", "", List.of(), List.of(), List.of(), List.of(), examples,
            SourceLocation.of("actions/X.md", 1, 1));
    return new Service("bmc", "v", List.of(op), List.of(), List.of());
  }

  @Test
  void acceptsTheServiceTheExamplesPostTo() {
    assertThat(ServiceChecks.check(serviceWithHosts("console.zenlayer.com/api/v2/bmc"), "bmc")).isEmpty();
  }

  @Test
  void acceptsAnyServiceWhenNoExampleNamesOne() {
    assertThat(ServiceChecks.check(serviceWithHosts("", "example.com"), "vm")).isEmpty();
  }

  @Test
  void reportsAServiceNoExamplePostsTo() {
    assertThat(ServiceChecks.check(serviceWithHosts("console.zenlayer.com/api/v2/bmc"), "vm"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.isError()).isTrue();
          assertThat(d.code()).isEqualTo("SERVICE_MISMATCH");
          assertThat(d.location()).isEqualTo(SourceLocation.of("actions/X.md", 30, 1));
          assertThat(d.message()).contains("unknown service 'vm'").contains("/api/v2/bmc");
        });
  }

  @Test
  void reportsDocsWithoutActions() {
    Service empty = new Service("bmc", "v", List.of(), List.of(), List.of());
    assertThat(ServiceChecks.check(empty, "bmc")).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("NO_ACTIONS"));
  }

  @Test
  void readsTheServiceFromTheHostLine() {
    assertThat(ServiceChecks.serviceOf("console.zenlayer.com/api/v2/bmc")).contains("bmc");
    assertThat(ServiceChecks.serviceOf("console.zenlayer.com/api/v2/vm/ ")).contains("vm");
    assertThat(ServiceChecks.serviceOf("console.zenlayer.com")).isEmpty();
  }
}
