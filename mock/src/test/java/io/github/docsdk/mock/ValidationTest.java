package io.github.docsdk.mock;

import static io.github.docsdk.mock.SignatureTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationTest {

  static MockServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    server = TestClient.start();
    client = new TestClient(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void missingRequiredMemberIsNamed() {
    TestClient.Reply r = client.call("CreateInstances", "{\"zoneId\":\"SEL-A\"}");
    assertError(r, 400, "MISSING_PARAMETER");
    assertThat(r.message()).contains("instanceTypeId");
  }

  @Test
  void nullCountsAsMissing() {
    TestClient.Reply r = client.call("CreateInstances", "{\"zoneId\":null,\"instanceTypeId\":\"M6\"}");
    assertError(r, 400, "MISSING_PARAMETER");
    assertThat(r.message()).contains("zoneId");
  }

  @Test
  void missingRequiredMemberOfNestedStructureInListIsNamedWithItsPath() {
    TestClient.Reply r =
        client.call(
            "CreateInstances",
            "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\",\"ports\":[{\"portNum\":22},{\"protocol\":\"TCP\"}]}");
    assertError(r, 400, "MISSING_PARAMETER");
    assertThat(r.message()).contains("ports[1].portNum");
  }

  @Test
  void recursiveStructuresAreCheckedAtDepth() {
    TestClient.Reply r =
        client.call(
            "CreateInstances",
            "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\","
                + "\"label\":{\"key\":\"a\",\"children\":[{\"key\":\"b\",\"children\":[{\"value\":\"c\"}]}]}}");
    assertError(r, 400, "MISSING_PARAMETER");
    assertThat(r.message()).contains("label.children[0].children[0].key");
  }

  @Test
  void wrongScalarTypesAreInvalidParameterType() {
    String base = "\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\",";
    String[][] cases = {
      {"\"amount\":\"3\"", "amount"},
      {"\"amount\":1.5", "amount"},
      {"\"autoRenew\":\"true\"", "autoRenew"},
      {"\"bandwidth\":\"fast\"", "bandwidth"},
      {"\"ports\":{\"portNum\":1}", "ports"},
      {"\"ports\":[{\"portNum\":\"22\"}]", "ports[0].portNum"},
      {"\"label\":[1]", "label"},
      {"\"chargeType\":7", "chargeType"},
    };
    for (String[] c : cases) {
      TestClient.Reply r = client.call("CreateInstances", "{" + base + c[0] + "}");
      assertError(r, 400, "INVALID_PARAMETER_TYPE");
      assertThat(r.message()).as(c[0]).contains("`" + c[1] + "`");
    }
    assertError(client.call("CreateInstances", "{\"zoneId\":5,\"instanceTypeId\":\"M6\"}"), 400,
        "INVALID_PARAMETER_TYPE");
  }

  @Test
  void integersUpToUnsigned64BitAreAccepted() {
    TestClient.Reply r = client.call("DescribeImages", "{\"pageNum\":18446744073709551615}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertError(client.call("DescribeImages", "{\"pageNum\":18446744073709551616}"), 400, "INVALID_PARAMETER_TYPE");
  }

  @Test
  void unlistedEnumValueIsInvalidParameterValue() {
    TestClient.Reply r = client.call("DescribeImages", "{\"catalog\":\"gentoo\"}");
    assertError(r, 400, "INVALID_PARAMETER_VALUE");
    assertThat(r.message()).contains("catalog").contains("gentoo").contains("centos");
  }

  @Test
  void unlistedEnumValueInsideListedStructureIsNamed() {
    TestClient.Reply r =
        client.call(
            "CreateInstances", "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\",\"ports\":[{\"portNum\":1,\"protocol\":\"SCTP\"}]}");
    assertError(r, 400, "INVALID_PARAMETER_VALUE");
    assertThat(r.message()).contains("ports[0].protocol");
  }

  @Test
  void listedEnumValuesAndValidBodiesPass() {
    TestClient.Reply r =
        client.call(
            "CreateInstances",
            "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\",\"amount\":2,\"chargeType\":\"POSTPAID\","
                + "\"startTime\":\"2024-05-01T08:00:00Z\",\"ports\":[{\"portNum\":22,\"protocol\":\"TCP\"}],"
                + "\"bandwidth\":10,\"autoRenew\":false,\"label\":{\"key\":\"env\"},\"notInTheDocs\":[1,2]}");
    assertThat(r.status).as(r.body).isEqualTo(200);
  }

  @Test
  void badTimestampIsDateFormatError() {
    TestClient.Reply r =
        client.call("CreateInstances", "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\",\"startTime\":\"yesterday\"}");
    assertError(r, 400, "INVALID_PARAMETER_DATE_FORMAT_ERROR");
    assertThat(r.message()).contains("startTime");
  }

  @Test
  void bodyThatIsNotJsonOrNotAnObjectIsInvalidParameterType() {
    assertError(client.call("DescribeImages", "{\"catalog\":"), 400, "INVALID_PARAMETER_TYPE");
    assertError(client.call("DescribeImages", "[1,2]"), 400, "INVALID_PARAMETER_TYPE");
  }

  @Test
  void emptyBodyMeansNoParameters() {
    assertThat(client.call("DescribeImages", "").status).isEqualTo(200);
    assertError(client.call("CreateInstances", ""), 400, "MISSING_PARAMETER");
  }

  @Test
  void unknownActionIsUnauthorizedOperation() {
    TestClient.Reply r = client.call("DescribeUnicorns", "{}");
    assertError(r, 401, "AUTHFAILURE_UNAUTHORIZED_OPERATION");
    assertThat(r.message()).contains("DescribeUnicorns");
  }

  @Test
  void missingActionHeaderIsUnauthorizedOperation() {
    assertError(client.call(null, "{}"), 401, "AUTHFAILURE_UNAUTHORIZED_OPERATION");
  }

  @Test
  void documentedNameIsNotTheWireNameWhenTheyDiffer() {
    // DescribeZones is sent as ZoneDetails; the mock dispatches on the wire name only.
    assertThat(client.call("ZoneDetails", "{}").status).isEqualTo(200);
    assertError(client.call("DescribeZones", "{}"), 401, "AUTHFAILURE_UNAUTHORIZED_OPERATION");
  }

  @Test
  void authenticationComesBeforeValidation() {
    TestClient.Reply r =
        client.call("CreateInstances", "{}", System.currentTimeMillis() / 1000, TestClient.ID, "wrong");
    assertError(r, 401, "AUTHFAILURE_SIGNATURE_FAILURE");
  }

  @Test
  void otherPathsAndMethodsAreRefused() {
    java.net.URI other = server.baseUri().resolve("/api/v2/vm");
    TestClient.Reply notFound =
        TestClient.send(HttpRequest.newBuilder(other).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(notFound.status).isEqualTo(404);
    assertThat(notFound.json.path("requestId").asText()).isNotEmpty();
    TestClient.Reply get = TestClient.send(HttpRequest.newBuilder(server.endpoint()).GET().build());
    assertThat(get.status).isEqualTo(405);
  }
}
