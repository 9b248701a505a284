package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour of the generated bmc fixture SDK, observed through user code compiled against it
 * ({@code src/test/resources/usage/BmcUsage.java}): JSON round trips through the runtime's mapper,
 * enums and timestamps that survive unknown values, builders, toString masking, required-member
 * checks and lazy pagination against a loopback server.
 */
class GeneratedModelBehaviourTest {
  /** The test's own mapper (jackson-databind is the generator's, never the SDK's). */
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();


  @TempDir static Path work;
  private static URLClassLoader loader;
  private static Class<?> usage;
  private static HttpServer server;
  private static final AtomicInteger CALLS = new AtomicInteger();
  private static final List<String> SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void compileFixtureAndUsage() throws IOException, URISyntaxException, ClassNotFoundException {
    GeneratedSources.Compiled generated = GeneratedSources.compile(
        SdkEmitter.emit(Fixtures.bmc(), new EmitOptions("com.example.bmc")), work);
    assertThat(generated.success()).as(generated.diagnostics()).isTrue();
    URL source = GeneratedModelBehaviourTest.class.getResource("/usage/BmcUsage.java");
    GeneratedSources.Compiled user = GeneratedSources.compileUser(generated, work, Path.of(source.toURI()));
    assertThat(user.success()).as(user.diagnostics()).isTrue();
    loader = generated.loader(user.classes());
    usage = loader.loadClass("com.example.bmc.usage.BmcUsage");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      CALLS.incrementAndGet();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String action = exchange.getRequestHeaders().getFirst("X-ZC-Action");
        SEEN.add(action + " " + text);
        body = "DescribeImages".equals(action)
            ? ("{\"requestId\":\"r\",\"response\":{\"images\":[{\"imageId\":\"img-1\",\"catalog\":\"centos\"}]}}")
                .getBytes(StandardCharsets.UTF_8)
            : page(MAPPER.readTree(text));
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.stop(0);
    }
    if (loader != null) {
      loader.close();
    }
  }

  /** Five instances, pageSize items per page, as the real API pages (1-based pageNum). */
  private static byte[] page(JsonNode request) {
    int pageNum = request.path("pageNum").asInt(1);
    int pageSize = request.path("pageSize").asInt(10);
    StringBuilder items = new StringBuilder();
    for (int i = (pageNum - 1) * pageSize + 1; i <= Math.min(5, pageNum * pageSize); i++) {
      items.append(items.length() == 0 ? "" : ",").append("{\"instanceId\":\"i-").append(i).append("\"}");
    }
    // pageSize 3 plays a service that leaves totalCount out
    String total = pageSize == 3 ? "" : "\"totalCount\":5,";
    return ("{\"requestId\":\"r\",\"response\":{\"requestId\":\"r\"," + total + "\"dataSet\":["
        + items + "]}}").getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(String method, Object... args) throws ReflectiveOperationException {
    for (Method m : usage.getMethods()) {
      if (m.getName().equals(method)) {
        return (T) m.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(method);
  }

  private static String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void seedExampleResponseBindsWithTypedValues() throws Exception {
    Map<String, Object> seen = call("readImages", """
        {"requestId": "T4C3", "images": [{"imageId": "bd5f", "imageName": "CentOS7.4-x86_64",
          "catalog": "centos", "imageType": "PUBLIC_IMAGE", "osType": "linux"}]}""");
    assertThat(seen).containsEntry("requestId", "T4C3").containsEntry("count", 1)
        .containsEntry("imageId", "bd5f").containsEntry("catalogAsString", "centos")
        .containsEntry("osType", "linux").containsEntry("hasImages", true);
    assertThat(seen.get("catalog")).hasToString("centos").extracting(e -> ((Enum<?>) e).name()).isEqualTo("CENTOS");
    assertThat(((Enum<?>) seen.get("imageType")).name()).isEqualTo("PUBLIC_IMAGE");
  }

  @Test
  void unknownEnumValuesAndUnknownMembersSurvive() throws Exception {
    Map<String, Object> seen = call("readImages", """
        {"brandNew": {"nested": [1, 2]}, "images": [{"imageId": "x", "catalog": "freebsd",
          "future": [true]}], "alsoNew": "y"}""");
    assertThat(((Enum<?>) seen.get("catalog")).name()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    assertThat(seen).containsEntry("catalogAsString", "freebsd").containsEntry("imageId", "x")
        .containsEntry("requestId", null).containsEntry("imageType", null);
    // unknown members as plain Java values, in the order received
    assertThat(seen.get("unknownFields")).isEqualTo(Map.of("brandNew", Map.of("nested", List.of(1L, 2L)), "alsoNew", "y"));
    assertThat(List.<Object>copyOf(((Map<?, ?>) seen.get("unknownFields")).keySet()))
        .containsExactly("brandNew", "alsoNew");
    assertThat(seen.get("image.unknownFields")).isEqualTo(Map.of("future", List.of(true)));
  }

  @Test
  void clientInterfacesCanBeStubbedWithOnlyTheActionsATestNeeds() throws Exception {
    Map<String, Object> seen = call("stubbedClient");
    assertThat(seen).containsEntry("lambda", "i-1")
        .containsEntry("items", List.of("i-1", "i-2"))
        .containsEntry("unstubbed", "UnsupportedOperationException")
        .containsEntry("asked", List.of(1L, 1L, 2L));
  }

  @Test
  void unknownNumbersKeepTheirExactValue() throws Exception {
    Map<String, Object> seen = call("readImages", """
        {"images": [{"imageId": "x", "n": 12.50, "big": 123456789012345678901234567890, "small": 7,
          "nothing": null}]}""");
    Map<?, ?> fields = (Map<?, ?>) seen.get("image.unknownFields");
    assertThat(fields.get("n")).isEqualTo(new BigDecimal("12.50"));
    assertThat(fields.get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(fields.get("small")).isEqualTo(7L);
    assertThat(fields.containsKey("nothing")).isTrue();
    assertThat(fields.get("nothing")).isNull();
    assertThatThrownBy(() -> fields.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildersTakeLiteralsLambdasAndAdditionalFieldsAndRefuseTheUnknownConstant() throws Exception {
    Map<String, Object> seen = call("newBuilderForms");
    assertThat(seen.get("literals")).isEqualTo("{\"pageNum\":2,\"pageSize\":100}");
    assertThat(seen.get("lambdas")).isEqualTo(
        "{\"zoneId\":\"HKG-A\",\"instanceChargePrepaid\":{\"period\":1,\"autoRenew\":true},\"password\":\"p\"}");
    assertThat((String) seen.get("unknownConstant")).startsWith("catalog: UNKNOWN_TO_SDK_VERSION");
    assertThat(seen.get("unknownAsString")).isEqualTo("{\"catalog\":\"freebsd\"}");
    assertThat(seen.get("additional")).isEqualTo(
        "{\"imageName\":\"n\",\"tags\":[{\"key\":\"k\"}],\"ipxeUrl\":\"http://x\"}");
    assertThat(seen.get("additionalKept")).isEqualTo(true);
    assertThat((String) seen.get("additionalDefined")).contains("imageName").contains("member of the model");
    assertThat((String) seen.get("additionalOdd")).contains("odd").contains("java.lang.Object");
  }

  @Test
  void timestampsNumbersListsAndNestedStructuresBind() throws Exception {
    Map<String, Object> seen = call("readInstances", """
        {"totalCount": 2, "dataSet": [
          {"status": "RUNNING", "createTime": "2023-02-24T07:08:56Z", "cpuCount": 9007199254740993,
           "price": 12.50, "bandwidthOutMbps": 1.5, "isHA": true, "tags": [],
           "statusHistory": ["STOPPED", "MIGRATING"], "image": {"catalog": "windows"},
           "adminPassword": "hunter2"},
          {"status": "HIBERNATING", "createTime": "yesterday"}]}""");
    assertThat(seen).containsEntry("totalCount", 2L)
        .containsEntry("[0].createTime", Instant.parse("2023-02-24T07:08:56Z"))
        .containsEntry("[0].cpuCount", 9007199254740993L)
        .containsEntry("[0].price", new BigDecimal("12.50"))
        .containsEntry("[0].bandwidthOutMbps", 1.5)
        .containsEntry("[0].isHA", true)
        .containsEntry("[0].tags", List.of())
        .containsEntry("[0].hasTags", true)
        .containsEntry("[0].statusHistoryAsStrings", List.of("STOPPED", "MIGRATING"))
        // an unparsable timestamp does not fail the response: the raw text is kept, the Instant
        // accessor names the member and the value
        .containsEntry("[1].createTime", "createTime: not an ISO-8601 date-time: \"yesterday\""
            + " (the text stays readable through the AsString accessor)")
        .containsEntry("[1].createTimeAsString", "yesterday")
        .containsEntry("[1].statusAsString", "HIBERNATING")
        .containsEntry("[1].hasTags", false)
        .containsEntry("[1].tags", List.of());
    assertThat(seen.get("[0].statusHistory").toString()).isEqualTo("[STOPPED, UNKNOWN_TO_SDK_VERSION]");
    assertThat(seen.get("[0].image.catalog")).hasToString("windows");
    assertThat(((Enum<?>) seen.get("[1].status")).name()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    assertThat((String) seen.get("[0].toString")).doesNotContain("hunter2").contains("adminPassword=***");
  }

  @Test
  void requestsSerialiseOnlySetMembersWithWireValues() throws Exception {
    assertThat((String) call("writeDescribeImages"))
        .isEqualTo("{\"imageIds\":[\"a\",\"b\"],\"catalog\":\"centos\",\"imageType\":\"SOMETHING_NEW\"}");
    assertThat((String) call("writeEmptyRequest")).isEqualTo("{}");
  }

  @Test
  void buildersCopyAndModelsAreImmutableValues() throws Exception {
    Map<String, Object> seen = call("builders");
    assertThat(seen).containsEntry("tags", List.of("x", "y")).containsEntry("copyEquals", true)
        .containsEntry("changedEquals", false).containsEntry("unmodifiable", true)
        .containsEntry("statusHistory", List.of("STOPPED", "RUNNING"))
        .containsEntry("emptyHasTags", true).containsEntry("absentHasTags", false)
        .containsEntry("absentTags", List.of());
    assertThat((String) seen.get("toString")).contains("instanceId=i-1").doesNotContain("hunter2");
  }

  @Test
  void enumsKnowTheirValues() throws Exception {
    Map<String, Object> seen = call("enums");
    assertThat(seen.get("fromValue")).hasToString("PUBLIC_IMAGE");
    assertThat(((Enum<?>) seen.get("unknown")).name()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    assertThat(seen).containsEntry("null", null).containsEntry("toString", "centos")
        .containsEntry("errorCode", "INVALID_ZONE");
    assertThat(seen.get("knownValues").toString()).isEqualTo("[PUBLIC_IMAGE, CUSTOM_IMAGE]");
  }

  @Test
  void everyMissingRequiredMemberIsNamedBeforeSending() throws Exception {
    int before = CALLS.get();
    String message = call("missingRequiredSync", endpoint());
    assertThat(message).isEqualTo("CreateInstances: missing required member(s): instanceTypeId, imageType,"
        + " sshKeys, instanceChargePrepaid.period, disks[1].diskSize");
    String async = call("missingRequiredAsync", endpoint());
    assertThat(async).startsWith("IllegalArgumentException: CreateInstances: missing required member(s): zoneId,");
    assertThat(CALLS.get()).as("nothing was sent").isEqualTo(before);
  }

  @Test
  void clientsSendTheActionAndOnlySetMembersAndBindTheResponse() throws Exception {
    SEEN.clear();
    assertThat((String) call("describeImagesSyncAndAsync", endpoint())).isEqualTo("img-1,centos");
    assertThat(SEEN).containsExactly(
        "DescribeImages {\"catalog\":\"centos\"}", "DescribeImages {\"catalog\":\"centos\"}");
  }

  @Test
  void paginatorWithoutTotalStopsAfterAShortPage() throws Exception {
    int before = CALLS.get();
    assertThat((String) call("allItems", endpoint(), 3L)).isEqualTo("i-1,i-2,i-3,i-4,i-5");
    assertThat(CALLS.get() - before).as("pages fetched").isEqualTo(2);
    before = CALLS.get();
    assertThat((String) call("allItems", endpoint(), 5L)).isEqualTo("i-1,i-2,i-3,i-4,i-5");
    assertThat(CALLS.get() - before).as("pages fetched: the total says one page is all").isEqualTo(1);
  }

  @Test
  void paginatorFetchesPagesLazilyAndStreamsItems() throws Exception {
    IntSupplier calls = CALLS::get;
    int base = CALLS.get();
    List<String> seen = call("paginate", endpoint(), (IntSupplier) () -> calls.getAsInt() - base);
    assertThat(seen).containsExactly(
        "created=0",
        "afterIterator=0",
        "afterFirst=1 size=2",
        "items=i-1,i-2,i-3,i-4,i-5",
        "firstTwo=i-1,i-2");
  }
}
