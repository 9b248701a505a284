package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void sixteenClientsTimesTwoHundredRequestsWithoutErrors() throws Exception {
    int threads = 16;
    int perThread = 200;
    try (MockServer server = TestClient.start()) {
      server.stub("ZoneDetails", MockReply.response("{\"zoneSet\":[]}"));
      // Scripts change while requests are in flight; documented() keeps every outcome the same.
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      Thread scripter = new Thread(() -> {
        while (!done.get()) {
          server.stub("CreateInstances", MockReply.documented());
          server.enqueue("CreateInstances", MockReply.documented(), MockReply.documented());
          server.requests("ZoneDetails").size();
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      scripter.start();
      TestClient client = new TestClient(server.endpoint());
      Set<String> requestIds = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> problems = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            TestClient.Reply r;
            String expected;
            switch ((thread + i) % 4) {
              case 0:
                r = client.call("DescribeImages", "{\"catalog\":\"ubuntu\"}");
                expected = "200";
                break;
              case 1:
                r = client.call("CreateInstances", "{\"zoneId\":\"SEL-A\"}");
                expected = "400 MISSING_PARAMETER";
                break;
              case 2:
                r = client.call("ZoneDetails", "{}");
                expected = "200";
                break;
              default:
                r = client.call("DescribeImages", "{\"catalog\":\"beos\"}");
                expected = "400 INVALID_PARAMETER_VALUE";
            }
            String got = r.status == 200 ? "200" : r.status + " " + r.code();
            if (!got.equals(expected)) {
              problems.add(expected + " expected, got " + r);
            }
            if (!requestIds.add(r.json.path("requestId").asText())) {
              problems.add("requestId reused: " + r.json.path("requestId").asText());
            }
          }
          return problems;
        }));
      }
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> f : results) {
        problems.addAll(f.get());
      }
      pool.shutdown();
      done.set(true);
      scripter.join();
      assertThat(problems).isEmpty();
      assertThat(requestIds).hasSize(threads * perThread);
      assertThat(server.requests()).hasSize(threads * perThread);
      assertThat(server.requests("DescribeImages")).hasSize(threads * perThread / 2);
    }
  }

  @Test
  void loadProbeRunsCleanly() throws Exception {
    LoadProbe.Result result = LoadProbe.runAgainstProbeServer(4, 50);
    assertThat(result.requests).isEqualTo(200);
    assertThat(result.failures).isZero();
  }
}
