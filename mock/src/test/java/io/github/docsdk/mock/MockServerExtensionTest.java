package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs fixture classes (nested, so surefire does not run them itself) through the JUnit launcher
 * and checks from outside what the extension did: ports, resets, injection, shutdown.
 */
class MockServerExtensionTest {

  static final List<Integer> PORTS = new CopyOnWriteArrayList<>();
  static final List<String> SEEN = new CopyOnWriteArrayList<>();
  /** Fixtures run only from {@link #run}, never when a build's test filter happens to select them. */
  static volatile boolean launching;

  static boolean launchedByTest() {
    return launching;
  }

  @Test
  void declarativeRegistrationServesOneServerPerClassAndResetsBetweenTests() {
    TestExecutionSummary summary = run(Declarative.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(PORTS).hasSize(2);
    assertThat(PORTS.get(0)).isEqualTo(PORTS.get(1));
    assertThat(SEEN).containsExactly("scripted 503", "documented 200");
    assertThat(isListening(PORTS.get(0))).as("closed after the class").isFalse();
  }

  @Test
  void staticProgrammaticRegistrationServesOneServerPerClass() {
    TestExecutionSummary summary = run(StaticProgrammatic.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(PORTS).hasSize(2);
    assertThat(PORTS.get(0)).isEqualTo(PORTS.get(1));
    assertThat(isListening(PORTS.get(0))).isFalse();
  }

  @Test
  void instanceRegistrationServesOneServerPerTest() {
    TestExecutionSummary summary = run(PerTest.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(PORTS).hasSize(2);
    assertThat(PORTS.get(0)).isNotEqualTo(PORTS.get(1));
    assertThat(isListening(PORTS.get(0))).isFalse();
    assertThat(isListening(PORTS.get(1))).isFalse();
  }

  @Test
  void missingConfigurationFailsWithAClearMessage() {
    TestExecutionSummary summary = run(Unconfigured.class);
    assertThat(summary.getFailures()).hasSize(1);
    assertThat(summary.getFailures().get(0).getException()).hasMessageContaining("@MockServerConfig");
  }

  @Test
  void aStatefulServerKeepsResourcesWithinATestAndForgetsThemBetweenTests() {
    TestExecutionSummary summary = run(Stateful.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(SEEN).containsExactly("created RUNNING", "listed 0");
    summary = run(StatefulProgrammatic.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(SEEN).containsExactly("programmatic RUNNING");
  }

  private static TestExecutionSummary run(Class<?> fixture) {
    PORTS.clear();
    SEEN.clear();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launching = true;
    try {
      launcher.execute(request, listener);
    } finally {
      launching = false;
    }
    return listener.getSummary();
  }

  private static boolean isListening(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return s.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  // ---- fixtures ----

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  @ExtendWith(MockServerExtension.class)
  @MockServerConfig(model = "stateful-model.json", accessKeyId = TestClient.ID,
      accessKeyPassword = TestClient.PASSWORD, stateful = true, transitionMs = 0)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class Stateful {
    static final String CREATE = "{\"zoneId\":\"SEL-A\",\"instanceChargeType\":\"POSTPAID\","
        + "\"instanceTypeId\":\"M6C\",\"internetChargeType\":\"ByBandwidth\"}";

    @Test
    void a(MockServer mock) {
      TestClient client = new TestClient(mock.endpoint());
      client.call("CreateInstances", CREATE);
      SEEN.add("created " + client.call("DescribeInstances", "{}").response().path("dataSet").get(0)
          .path("instanceStatus").asText());
    }

    @Test
    void b(MockServer mock) {
      TestClient client = new TestClient(mock.endpoint());
      SEEN.add("listed " + client.call("DescribeInstances", "{}").response().path("dataSet").size());
    }
  }

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  static class StatefulProgrammatic {
    @RegisterExtension
    static final MockServerExtension MOCK = MockServerExtension.builder()
        .modelJson(StatefulMockTest.model()).stateful(java.time.Duration.ZERO).build();

    @Test
    void a(MockServer mock) {
      TestClient client = new TestClient(mock.endpoint());
      client.call("CreateInstances", Stateful.CREATE);
      SEEN.add("programmatic " + client.call("DescribeInstances", "{}").response().path("dataSet").get(0)
          .path("instanceStatus").asText());
    }
  }

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  @ExtendWith(MockServerExtension.class)
  @MockServerConfig(model = "test-model.json", accessKeyId = TestClient.ID, accessKeyPassword = TestClient.PASSWORD)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class Declarative {
    @Test
    void a(URI baseUri, MockServer mock) {
      assertThat(baseUri).isEqualTo(mock.baseUri());
      assertThat(baseUri.toString()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
      PORTS.add(baseUri.getPort());
      mock.stub("DescribeImages", MockReply.error("SERVICE_TEMPORARY_UNAVAILABLE"));
      TestClient.Reply r = new TestClient(URI.create(baseUri + "/api/v2/bmc")).call("DescribeImages", "{}");
      SEEN.add("scripted " + r.status);
    }

    @Test
    void b(URI baseUri) {
      PORTS.add(baseUri.getPort());
      TestClient.Reply r = new TestClient(URI.create(baseUri + "/api/v2/bmc")).call("DescribeImages", "{}");
      SEEN.add("documented " + r.status);
    }
  }

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  static class StaticProgrammatic {
    @RegisterExtension
    static final MockServerExtension MOCK =
        MockServerExtension.builder()
            .modelResource("/io/github/docsdk/mock/test-model.json")
            .credentials(TestClient.ID, TestClient.PASSWORD)
            .build();

    @Test
    void a(MockServer mock) {
      PORTS.add(mock.port());
      assertThat(MOCK.server()).isSameAs(mock);
      assertThat(new TestClient(mock.endpoint()).call("ZoneDetails", "{}").status).isEqualTo(200);
    }

    @Test
    void b() {
      PORTS.add(MOCK.baseUri().getPort());
      assertThat(new TestClient(MOCK.server().endpoint()).call("DescribeImages", "{}", 0, "x", "y").status)
          .isEqualTo(401);
    }
  }

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  static class PerTest {
    @RegisterExtension
    final MockServerExtension mock = MockServerExtension.builder().modelJson(TestClient.model()).build();

    @Test
    void a(URI baseUri) {
      PORTS.add(baseUri.getPort());
    }

    @Test
    void b(URI baseUri) {
      PORTS.add(baseUri.getPort());
      assertThat(mock.server().actions()).contains("DescribeImages", "ZoneDetails");
    }
  }

  @EnabledIf("io.github.docsdk.mock.MockServerExtensionTest#launchedByTest")
  @ExtendWith(MockServerExtension.class)
  static class Unconfigured {
    @Test
    void a(URI baseUri) {
      PORTS.add(baseUri.getPort());
    }
  }
}
