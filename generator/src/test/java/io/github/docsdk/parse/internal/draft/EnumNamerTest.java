package io.github.docsdk.parse.internal.draft;

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
    return new TypeResolver.EnumOccurrence(id, owner, member, v, "",
        SourceLocation.of("a.md", id + 1, 1));
  }

  @Test
  void sharedByValueSetNamedByMemberAndPrefixedOnClash() {
    // Subnet.status and Vpc.status want "Status": equal claims, so the smaller member path keeps it
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
    Map<Integer, String> n = r.names();
    assertThat(n.get(0)).isEqualTo("SellStatus");
    assertThat(n.get(2)).isEqualTo("SellStatus");
    assertThat(n.get(3)).isEqualTo("Status");
    assertThat(n.get(4)).isEqualTo("VpcStatus");
    assertThat(n.get(5)).isEqualTo("InstanceState");
    assertThat(n.get(6)).isEqualTo("ImageImageType");
    assertThat(r.shapes()).extracting(EnumShape::name)
        .containsExactlyInAnyOrder("SellStatus", "Status", "VpcStatus", "ImageImageType");
  }

  @Test
  void namesDoNotDependOnDiscoveryOrder() {
    List<TypeResolver.EnumOccurrence> occurrences = new ArrayList<>(List.of(
        occ(0, "A", "status", "X", "Y"), occ(1, "B", "status", "P", "Q"), occ(2, "C", "mode", "Y", "X")));
    Map<Integer, String> first = EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names();
    Collections.reverse(occurrences);
    assertThat(EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names()).isEqualTo(first);
  }

  @Test
  void whenOneMemberOfASharedEnumChangesItsValuesTheOthersKeepTheName() {
    List<TypeResolver.EnumOccurrence> before = List.of(
        occ(0, "DescribeImages", "catalog", "centos", "ubuntu", "esxi"),
        occ(1, "ImageInfo", "catalog", "centos", "ubuntu", "esxi"),
        occ(2, "CreateInstances", "catalog", "centos", "ubuntu", "esxi"));
    assertThat(new HashSet<>(EnumNamer.name(before, Map.of(), new HashSet<>()).names().values()))
        .containsExactly("Catalog");

    for (String[] changed : List.of(new String[] {"centos", "ubuntu"}, new String[] {"centos", "ubuntu", "esxi", "win"})) {
      List<TypeResolver.EnumOccurrence> after = List.of(
          occ(0, "DescribeImages", "catalog", changed),
          occ(1, "ImageInfo", "catalog", "centos", "ubuntu", "esxi"),
          occ(2, "CreateInstances", "catalog", "centos", "ubuntu", "esxi"));
      Map<Integer, String> n = EnumNamer.name(after, Map.of(), new HashSet<>()).names();
      assertThat(n.get(1)).isEqualTo("Catalog");
      assertThat(n.get(2)).isEqualTo("Catalog");
      assertThat(n.get(0)).isEqualTo("DescribeImagesCatalog");
    }
  }

  @Test
  void betweenTwoLoneMembersTheOneListingMoreValuesKeepsTheName() {
    // "A.catalog" sorts first, so only the value count can give "Z.catalog" the plain name
    List<TypeResolver.EnumOccurrence> occurrences = new ArrayList<>(List.of(
        occ(0, "A", "catalog", "centos", "ubuntu"),
        occ(1, "Z", "catalog", "centos", "ubuntu", "esxi")));
    for (int round = 0; round < 2; round++) {
      EnumNamer.Result r = EnumNamer.name(occurrences, Map.of(), new HashSet<>());
      assertThat(r.names().get(1)).isEqualTo("Catalog");
      assertThat(r.names().get(0)).isEqualTo("ACatalog");
      assertThat(r.shapes()).filteredOn(e -> e.name().equals("Catalog")).singleElement()
          .satisfies(e -> assertThat(e.values()).extracting(EnumValue::value).containsExactly("centos", "ubuntu", "esxi"));
      Collections.reverse(occurrences);
    }
  }

  @Test
  void equalClaimsGoToTheSmallestMemberPathInAnyOrder() {
    List<TypeResolver.EnumOccurrence> occurrences = new ArrayList<>(List.of(
        occ(0, "Vpc", "status", "ON", "OFF"), occ(1, "Eip", "status", "BOUND", "FREE"),
        occ(2, "Subnet", "status", "UP", "DOWN")));
    for (int round = 0; round < 2; round++) {
      Map<Integer, String> n = EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names();
      assertThat(n).containsEntry(1, "Status")
          .containsEntry(0, "VpcStatus")
          .containsEntry(2, "SubnetStatus");
      Collections.reverse(occurrences);
    }
  }

  @Test
  void aPrefixedNameNeverTakesAnotherEnumsPlainName() {
    // Image.catalog loses "Catalog" to the bigger group; "ImageCatalog" belongs to Image.imageCatalog
    List<TypeResolver.EnumOccurrence> occurrences = List.of(
        occ(0, "Image", "catalog", "A", "B"),
        occ(1, "Zone", "catalog", "C", "D"), occ(2, "Region", "catalog", "D", "C"),
        occ(3, "Host", "imageCatalog", "E", "F"));
    Map<Integer, String> n = EnumNamer.name(occurrences, Map.of(), new HashSet<>()).names();
    assertThat(n).containsEntry(1, "Catalog")
        .containsEntry(3, "ImageCatalog")
        .containsEntry(0, "ImageCatalog2");
  }

  @Test
  void membersUsingAnEnumSectionDoNotCompeteForNames() {
    List<TypeResolver.EnumOccurrence> occurrences = List.of(
        occ(0, "Instance", "state", "RUNNING", "STOPPED"), occ(1, "Instance2", "state", "RUNNING", "STOPPED"),
        occ(2, "Disk", "state", "ATTACHED", "DETACHED"));
    Set<String> taken = new HashSet<>(Set.of("instancestate"));
    EnumNamer.Result r = EnumNamer.name(occurrences, Map.of("InstanceState", List.of("STOPPED", "RUNNING")), taken);
    assertThat(r.names()).containsEntry(0, "InstanceState")
        .containsEntry(1, "InstanceState")
        .containsEntry(2, "State");
    assertThat(r.shapes()).extracting(EnumShape::name).containsExactly("State");
  }

  @Test
  void aNameTakenByAStructurePrefixesEveryClaimant() {
    List<TypeResolver.EnumOccurrence> occurrences = List.of(
        occ(0, "Vpc", "zone", "A", "B"), occ(1, "Eip", "zone", "C", "D"), occ(2, "Subnet", "zone", "D", "C"));
    Map<Integer, String> n = EnumNamer.name(occurrences, Map.of(), new HashSet<>(Set.of("zone"))).names();
    assertThat(n).containsEntry(0, "VpcZone")
        .containsEntry(1, "EipZone")
        .containsEntry(2, "EipZone");
  }
}
