package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden model JSON for representative pages of the shared corpus: each action with the shapes it
 * reaches. The expected files are our output, kept in {@code src/test/resources/parse-golden}.
 * Regenerate after an intended change with {@code -Ddocsdk.updateGolden=true} and review the diff.
 */
class GoldenModelTest {

  private static Service service;

  static Stream<String> actions() {
    return Stream.of("DescribeImages", "DescribeZones", "ModifyInstancesResourceGroup", "CreateInstances",
        "InquiryPriceCreateInstance", "InquiryPriceInstanceTrafficPackage", "DescribeInstances", "DescribeSubnets",
        "DescribeSubnetAvailableResources", "DescribeEipAddresses", "CreateIpv4Block", "DescribeAvailableResources",
        "DescribeCidrBlocks", "AllocateDdosIpAddresses");
  }

  @BeforeAll
  static void parse() {
    service = DocsParser.parse(TestCorpus.luoJinShu(), TestCorpus.options("bmc", "2022-11-20")).service();
  }

  @ParameterizedTest
  @MethodSource("actions")
  void modelOfPageMatchesGolden(String action) throws IOException {
    String actual = ModelJson.write(slice(service, action));
    Path golden = TestCorpus.repoRoot().resolve("generator/src/test/resources/parse-golden/" + action + ".json");
    if (Boolean.getBoolean("docsdk.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Ddocsdk.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** One operation and every shape it reaches, as a service of its own. */
  static Service slice(Service s, String action) {
    Operation op = s.operation(action).orElseThrow();
    Map<String, Shape> reached = new TreeMap<>();
    Deque<TypeRef> todo = new ArrayDeque<>();
    Stream.concat(op.request().stream(), op.response().stream()).map(Member::type).forEach(todo::add);
    while (!todo.isEmpty()) {
      TypeRef t = todo.pop();
      if (t.kind() == TypeRef.Kind.LIST) {
        todo.push(t.element());
      } else if (t.shape() != null && !reached.containsKey(t.shape())) {
        Shape shape = s.shape(t.shape()).orElseThrow();
        reached.put(t.shape(), shape);
        if (shape instanceof StructureShape st) {
          st.members().forEach(m -> todo.push(m.type()));
        }
      }
    }
    return new Service(s.name(), s.apiVersion(), List.of(op), new ArrayList<>(reached.values()), List.of());
  }
}
