package io.github.docsdk.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnumNamerTest {

  private static TypeResolver.EnumOccurrence occ(int id, String owner, String member, String... values) {
    List<EnumValue> v = new ArrayList<>();
    for (String value : values) {
      v.add(new EnumValue(value, ""));
    }
    return new TypeResolver.EnumOccurrence(TypeResolver.PLACEHOLDER + id, owner, member, v, "",
        SourceLocation.of("a.md", id + 1, 1));
  }

  @Test
  void sharedByValueSetNamedByMemberAndPrefixedOnClash() {
    List<TypeResolver.EnumOccurrence> occurrences = List.of(
        occ(0, "EipAvailable", "status", "SELL", "SOLD_OUT"),
        occ(1, "AvailableResource", "sellStatus", "SELL", "SOLD_OUT"),
        occ(2, "Zone", "sellStatus", "SOLD_OUT", "SELL"),
        occ(3, "Subnet", "status", "UP", "DOWN"),
        occ(4, "Vpc", "status", "ON", "OFF"),
        occ(5, "Instance", "state", "RUNNING", "STOPPED"),
        occ(6, "Image", "imageType", "A", "B"));
    Set<String> taken = new HashSet<>(Set.of("imagetype"));
    EnumNamer.Result r = EnumNamer.name(occurrences, Map.of("InstanceState", List.of("RUNNING", "STOPPED")), taken);
    Map<String, String> n = r.names();
    assertThat(n.get(TypeResolver.PLACEHOLDER + 0)).isEqualTo("SellStatus");
    assertThat(n.get(TypeResolver.PLACEHOLDER + 2)).isEqualTo("SellStatus");
    assertThat(n.get(TypeResolver.PLACEHOLDER + 3)).isEqualTo("SubnetStatus");
    assertThat(n.get(TypeResolver.PLACEHOLDER + 4)).isEqualTo("VpcStatus");
    assertThat(n.get(TypeResolver.PLACEHOLDER + 5)).isEqualTo("InstanceState");
    assertThat(n.get(TypeResolver.PLACEHOLDER + 6)).isEqualTo("ImageImageType");
    assertThat(r.shapes()).extracting(EnumShape::name)
        .containsExactlyInAnyOrder("SellStatus", "SubnetStatus", "VpcStatus", "ImageImageType");
  }

  @Test
  void namesDoNotDependOnDiscoveryOrder() {
    List<TypeResolver.EnumOccurrence> occurrences = new ArrayList<>(List.of(
        occ(0, "A", "status", "X", "Y"), occ(1, "B", "status", "P", "Q"), occ(2, "C", "mode", "Y", "X")));
    Map<String, String> first = EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names();
    Collections.reverse(occurrences);
    assertThat(EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names()).isEqualTo(first);
  }
}
