package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Signed traffic beside 40 clients trickling their heads a byte at a time and 10 unauthenticated
 * clients pushing 50 MB bodies, against a mock with only 4 workers: every signed call is answered, and
 * every hostile client gets a status (408, 413 or 401) rather than a worker.
 */
class HostileLoadTest {
  private static final int SLOW = 40;
  private static final int OVERSIZED = 10;

  @Test
  void signedCallsAreAnsweredWhileSlowAndOversizedClientsHammer() throws Exception {
    try (MockServer mock = MockServer.builder(TestClient.model()).credentials(TestClient.ID, TestClient.PASSWORD)
        .threads(4).readTimeout(Duration.ofSeconds(1)).maxBodyBytes(1024 * 1024).start()) {
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<String> hostileAnswers = new ConcurrentLinkedQueue<>();
      ExecutorService hostile = Executors.newFixedThreadPool(SLOW + OVERSIZED);
      for (int i = 0; i < SLOW; i++) {
        hostile.execute(() -> hostileAnswers.add(trickle(mock.port(), stop)));
      }
      for (int i = 0; i < OVERSIZED; i++) {
        hostile.execute(() -> hostileAnswers.add(flood(mock.port(), stop)));
      }
      Thread.sleep(200); // let them take their connections first
      TestClient client = new TestClient(mock.endpoint());
      ExecutorService signed = Executors.newFixedThreadPool(4);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        answers.add(signed.submit(() -> client.call("DescribeImages", "{\"catalog\":\"centos\"}").status));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS));
      }
      stop.set(true);
      signed.shutdown();
      hostile.shutdown();
      assertThat(hostile.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(statuses).hasSize(100).containsOnly(200);
      assertThat(hostileAnswers).hasSize(SLOW + OVERSIZED);
      assertThat(hostileAnswers.stream().filter(a -> a.equals("408")).count()).isEqualTo(SLOW);
      assertThat(hostileAnswers.stream().filter(a -> a.equals("413")).count()).isEqualTo(OVERSIZED);
      // The hostile requests were logged without their bodies.
      assertThat(mock.requests()).allSatisfy(r -> assertThat(r.bodyBytes().length).isLessThan(1024));
    }
  }

  /** Sends a head one byte per 50 ms; returns the status the mock answered with. */
  private static String trickle(int port, AtomicBoolean stop) {
    try (RawClient raw = new RawClient(port)) {
      OutputStream out = raw.socket.getOutputStream();
      byte[] head = "POST /api/v2/bmc HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ".getBytes();
      try {
        for (int i = 0; !stop.get() && i < 10_000; i++) {
          out.write(i < head.length ? head[i] : 'a');
          out.flush();
          Thread.sleep(50);
        }
      } catch (IOException e) {
        // the mock gave up on us: read what it said
      }
      return raw.reply()[0];
    } catch (IOException | InterruptedException e) {
      return "failed: " + e;
    }
  }

  /** Declares 50 MB without signing and pushes bytes as fast as it can. */
  private static String flood(int port, AtomicBoolean stop) {
    try (RawClient raw = new RawClient(port)) {
      raw.send(RawClient.head("DescribeImages", 50_000_000));
      byte[] chunk = new byte[64 * 1024];
      try {
        for (int i = 0; !stop.get() && i < 800; i++) {
          raw.send(chunk);
        }
      } catch (IOException e) {
        // refused: read the answer
      }
      return raw.reply()[0];
    } catch (IOException e) {
      return "failed: " + e;
    }
  }
}
