package io.github.docsdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.spec.TypeConformance.JsonKind;
import io.github.docsdk.spec.TypeConformance.Mode;
import io.github.docsdk.spec.TypeConformance.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeConformanceTest {

  private static final SourceLocation AT = SourceLocation.of("t.md", 1, 1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Service SERVICE = new Service("svc", "1", List.of(),
      List.of(
          new EnumShape("Color", "", List.of(new EnumValue("RED", ""), new EnumValue("BLUE", "")), AT),
          new StructureShape("Node", null, "", List.of(
              new Member("key", TypeRef.STRING, true, "", AT),
              new Member("children", TypeRef.listOf(TypeRef.structure("Node")), false, "", AT)), AT)),
      List.of());

  private static final List<Member> MEMBERS = List.of(
      new Member("size", TypeRef.INTEGER, true, "", AT),
      new Member("ratio", TypeRef.DOUBLE, false, "", AT),
      new Member("color", TypeRef.enumeration("Color"), false, "", AT),
      new Member("at", TypeRef.TIMESTAMP, false, "", AT),
      new Member("tree", TypeRef.structure("Node"), false, "", AT));

  private static Optional<Violation> strict(String json) throws Exception {
    return new TypeConformance(SERVICE, Mode.STRICT).check(MEMBERS, JSON.readTree(json));
  }

  @Test
  void scalarRule() {
    assertThat(TypeConformance.fits(TypeRef.Kind.INTEGER, JsonKind.INTEGER)).isTrue();
    assertThat(TypeConformance.fits(TypeRef.Kind.INTEGER, JsonKind.DECIMAL)).isFalse();
    assertThat(TypeConformance.fits(TypeRef.Kind.DOUBLE, JsonKind.INTEGER)).isTrue();
    assertThat(TypeConformance.fits(TypeRef.Kind.TIMESTAMP, JsonKind.STRING)).isTrue();
    assertThat(TypeConformance.fits(TypeRef.Kind.STRING, JsonKind.INTEGER)).isFalse();
    assertThat(TypeConformance.fits(TypeRef.Kind.BOOLEAN, JsonKind.STRING)).isFalse();
    assertThat(TypeConformance.fits(TypeRef.Kind.LIST, JsonKind.OBJECT)).isFalse();
  }

  @Test
  void validBodyFits() throws Exception {
    assertThat(strict("{\"size\":1,\"ratio\":2,\"color\":\"RED\",\"at\":\"2022-01-01T00:00:00Z\","
        + "\"tree\":{\"key\":\"a\",\"children\":[{\"key\":\"b\"}]},\"unknown\":true}")).isEmpty();
  }

  @Test
  void firstViolationWithItsPath() throws Exception {
    assertThat(strict("{}").orElseThrow().kind()).isEqualTo(Violation.Kind.MISSING);
    Violation v = strict("{\"size\":1,\"tree\":{\"key\":\"a\",\"children\":[{\"key\":5}]}}").orElseThrow();
    assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_TYPE);
    assertThat(v.path()).isEqualTo("tree.children[0].key");
    assertThat(v.message()).isEqualTo("parameter `tree.children[0].key` must be a string, got number");
    assertThat(strict("{\"size\":1,\"color\":\"GREEN\"}").orElseThrow().kind())
        .isEqualTo(Violation.Kind.NOT_A_LISTED_VALUE);
    assertThat(strict("{\"size\":1,\"at\":\"yesterday\"}").orElseThrow().kind())
        .isEqualTo(Violation.Kind.NOT_A_TIMESTAMP);
    assertThat(strict("{\"size\":18446744073709551616}").orElseThrow().message()).contains("at most 64 bits");
  }

  @Test
  void kindsOnlyForgivesAbsenceUnlistedValuesAndTimestampSpelling() throws Exception {
    TypeConformance lenient = new TypeConformance(SERVICE, Mode.KINDS_ONLY);
    JsonNode example = JSON.readTree("{\"color\":\"GREEN\",\"at\":\"2024-01-01 08:00\"}");
    assertThat(lenient.check(MEMBERS, example)).isEmpty();
    assertThat(lenient.check(MEMBERS, JSON.readTree("{\"ratio\":\"x\"}"))).isPresent();
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    StringBuilder json = new StringBuilder("{\"size\":1,\"tree\":");
    for (int i = 0; i < 70; i++) {
      json.append("{\"key\":\"k\",\"children\":[");
    }
    json.append("{\"key\":\"k\"}");
    for (int i = 0; i < 70; i++) {
      json.append("]}");
    }
    json.append("}");
    assertThat(strict(json.toString()).orElseThrow().kind()).isEqualTo(Violation.Kind.TOO_DEEP);
  }
}
