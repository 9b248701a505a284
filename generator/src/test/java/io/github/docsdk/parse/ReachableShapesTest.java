package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bmc folder links into {@code ../datastructure.md}, which documents every product: the bmc
 * model takes the shapes its actions reach and nothing of the other products.
 */
class ReachableShapesTest {

  @Test
  void linksIntoTheSharedDataStructurePageBringInOnlyTheLinkedShapes() throws IOException {
    var root = TestCorpus.luoJinShu();
    ParseResult bmc = DocsParser.parse(root.resolve("bmc"), TestCorpus.options("bmc", "2022-11-20"));
    Set<String> names = bmc.service().shapes().stream().map(Shape::name).collect(Collectors.toSet());

    assertThat(names).contains("ImageInfo", "InstanceInfo", "Partition", "RaidConfig")
        .doesNotContain("CidrBlockInfo", "VpcInfo", "SubnetInfo", "EipAddress", "DdosIpAddress");

    // every diagnostic on the shared page lies in the section of a shape the model holds
    TreeMap<Integer, String> sections = new TreeMap<>();
    List<String> lines = Files.readAllLines(root.resolve("datastructure.md"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("## ")) {
        sections.put(i + 1, lines.get(i).substring(3).strip());
      }
    }
    List<String> misplaced = new ArrayList<>();
    for (Diagnostic d : bmc.diagnostics()) {
      if (d.location().file().endsWith("datastructure.md")) {
        var section = sections.floorEntry(d.location().line());
        if (section == null || !names.contains(section.getValue())) {
          misplaced.add(d.toString());
        }
      }
    }
    assertThat(misplaced).as("diagnostics on shapes bmc does not use").isEmpty();
  }

  @Test
  void theWholeTreeStillHoldsEveryProductsShapes() {
    ParseResult all = DocsParser.parse(TestCorpus.luoJinShu(), TestCorpus.options("bmc", "2022-11-20"));
    Set<String> names = all.service().shapes().stream().map(Shape::name).collect(Collectors.toSet());
    assertThat(names).contains("ImageInfo", "CidrBlockInfo", "VpcInfo", "EipAddress");
  }
}
