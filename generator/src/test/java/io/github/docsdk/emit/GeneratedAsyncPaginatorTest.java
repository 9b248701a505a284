package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.runtime.ZenlayerServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour of the generated {@code AsyncPaginator}, observed through user code compiled against
 * the bmc fixture SDK ({@code src/test/resources/usage/BmcAsyncPaging.java}) and a loopback server
 * serving five instances: pages fetched lazily one at a time without blocking the caller, the
 * sync paginator's stopping rules, and failures of a call or of the consumer ending the walk as a
 * failed future.
 */
class GeneratedAsyncPaginatorTest {
  /** The test's own mapper (jackson-databind is the generator's, never the SDK's). */
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();


  /** Bounds a wait so a broken walk fails the test instead of hanging it; no timing is asserted. */
  private static final long WAIT_SECONDS = 60;

  @TempDir static Path work;
  private static URLClassLoader loader;
  private static Class<?> usage;
  private static HttpServer server;
  private static ExecutorService serverThreads;

  /** Each request's page as "pageNum/pageSize", in arrival order. */
  private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final AtomicInteger MAX_IN_FLIGHT = new AtomicInteger();
  private static volatile boolean omitTotal;
  private static volatile int failOnPage;
  private static volatile CountDownLatch gate;

  @BeforeAll
  static void compileFixtureAndUsage() throws IOException, URISyntaxException, ReflectiveOperationException {
    GeneratedSources.Compiled generated = GeneratedSources.compile(
        SdkEmitter.emit(Fixtures.bmc(), new EmitOptions("com.example.bmc")), work);
    assertThat(generated.success()).as(generated.diagnostics()).isTrue();
    URL source = GeneratedAsyncPaginatorTest.class.getResource("/usage/BmcAsyncPaging.java");
    GeneratedSources.Compiled user = GeneratedSources.compileUser(generated, work, Path.of(source.toURI()));
    assertThat(user.success()).as(user.diagnostics()).isTrue();
    loader = generated.loader(user.classes());
    usage = loader.loadClass("com.example.bmc.usage.BmcAsyncPaging");
    // several handler threads, so overlapping page requests would show in MAX_IN_FLIGHT
    serverThreads = Executors.newFixedThreadPool(4);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(serverThreads);
    server.createContext("/", GeneratedAsyncPaginatorTest::serve);
    server.start();
    call("open", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterAll
  static void stop() throws Exception {
    if (usage != null) {
      call("close");
    }
    if (server != null) {
      server.stop(0);
      serverThreads.shutdownNow();
    }
    if (loader != null) {
      loader.close();
    }
  }

  @BeforeEach
  void reset() {
    REQUESTS.clear();
    MAX_IN_FLIGHT.set(0);
    omitTotal = false;
    failOnPage = 0;
    gate = null;
  }

  private static void serve(HttpExchange exchange) throws IOException {
    int now = IN_FLIGHT.incrementAndGet();
    MAX_IN_FLIGHT.accumulateAndGet(now, Math::max);
    try (exchange) {
      JsonNode request;
      try (InputStream in = exchange.getRequestBody()) {
        request = MAPPER.readTree(in.readAllBytes());
      }
      int pageNum = request.path("pageNum").asInt(1);
      int pageSize = request.path("pageSize").asInt(10);
      REQUESTS.add(pageNum + "/" + pageSize);
      CountDownLatch hold = gate;
      if (hold != null && !hold.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("the test never opened the gate");
      }
      int status = pageNum == failOnPage ? 400 : 200;
      byte[] body = (status == 400
          ? "{\"requestId\":\"r-" + pageNum + "\",\"code\":\"INVALID_PAGE\",\"message\":\"no page " + pageNum + "\"}"
          : page(pageNum, pageSize)).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      IN_FLIGHT.decrementAndGet();
    }
  }

  /** Five instances, pageSize per page (1-based pageNum), with totalCount unless omitted. */
  private static String page(int pageNum, int pageSize) {
    StringBuilder items = new StringBuilder();
    for (int i = (pageNum - 1) * pageSize + 1; i <= Math.min(5, pageNum * pageSize); i++) {
      items.append(items.length() == 0 ? "" : ",").append("{\"instanceId\":\"i-").append(i).append("\"}");
    }
    String total = omitTotal ? "" : "\"totalCount\":5,";
    return "{\"requestId\":\"r\",\"response\":{\"requestId\":\"r\"," + total + "\"dataSet\":[" + items + "]}}";
  }

  @SuppressWarnings("unchecked")
  private static <T> T call(String method, Object... args) throws ReflectiveOperationException {
    for (Method m : usage.getMethods()) {
      if (m.getName().equals(method)) {
        try {
          return (T) m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError("usage code threw", e.getCause());
        }
      }
    }
    throw new NoSuchMethodException(method);
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void forEachPageWalksEveryPageInOrderOneRequestAtATime() throws Exception {
    List<String> pages = await(call("pages", null, 2L));
    assertThat(pages).containsExactly("i-1,i-2", "i-3,i-4", "i-5");
    assertThat(REQUESTS).containsExactly("1/2", "2/2", "3/2");
    assertThat(MAX_IN_FLIGHT.get()).as("requests in flight at once").isEqualTo(1);
  }

  @Test
  void forEachItemAndCollectItemsSeeEveryItemOnce() throws Exception {
    assertThat((String) await(call("items", 2L))).isEqualTo("i-1,i-2,i-3,i-4,i-5");
    assertThat(REQUESTS).hasSize(3);
    REQUESTS.clear();
    List<String> collected = await(call("collect", 3L));
    assertThat(collected).containsExactly("i-1", "i-2", "i-3", "i-4", "i-5", "unmodifiable");
    assertThat(REQUESTS).containsExactly("1/3", "2/3");
  }

  @Test
  void nothingIsFetchedBeforeAWalkAndEachPageOnlyAfterThePreviousWasHandedOn() throws Exception {
    IntSupplier calls = REQUESTS::size;
    List<String> seen = await(call("lazily", 2L, calls));
    assertThat(seen).containsExactly("created=0", "page i-1,i-2 calls=1", "page i-3,i-4 calls=2", "page i-5 calls=3");
  }

  @Test
  void theCallerIsNotBlockedWhileAPageIsOnItsWay() throws Exception {
    gate = new CountDownLatch(1);
    CompletableFuture<List<String>> walk = call("pages", null, 5L);
    // forEachPage returned while the server still holds the first page
    assertThat(walk).isNotDone();
    gate.countDown();
    assertThat(await(walk)).containsExactly("i-1,i-2,i-3,i-4,i-5");
  }

  @Test
  void stopsOnceTotalCountItemsWereSeen() throws Exception {
    assertThat((List<String>) await(call("pages", null, 5L))).containsExactly("i-1,i-2,i-3,i-4,i-5");
    assertThat(REQUESTS).as("the total says one page is all").containsExactly("1/5");
  }

  @Test
  void withoutATotalStopsAfterAShortPage() throws Exception {
    omitTotal = true;
    assertThat((List<String>) await(call("pages", null, 3L))).containsExactly("i-1,i-2,i-3", "i-4,i-5");
    assertThat(REQUESTS).containsExactly("1/3", "2/3");
  }

  @Test
  void withoutATotalStopsAfterAnEmptyPage() throws Exception {
    omitTotal = true;
    assertThat((List<String>) await(call("pages", null, 5L))).containsExactly("i-1,i-2,i-3,i-4,i-5", "");
    assertThat(REQUESTS).containsExactly("1/5", "2/5");
  }

  @Test
  void startsAtTheRequestsPageAndCountsTheSkippedPagesTowardsTheTotal() throws Exception {
    assertThat((List<String>) await(call("pages", 2L, 2L))).containsExactly("i-3,i-4", "i-5");
    assertThat(REQUESTS).containsExactly("2/2", "3/2");
  }

  @Test
  void aFailedCallFailsTheWalkAndNoFurtherPageIsRequested() throws Exception {
    failOnPage = 2;
    CompletableFuture<List<String>> walk = call("pages", null, 2L);
    assertThatThrownBy(() -> await(walk)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_PAGE");
          assertThat(e.httpStatus()).isEqualTo(400);
        });
    assertThat(REQUESTS).containsExactly("1/2", "2/2");
  }

  @Test
  void collectItemsFailsWithTheCallsException() throws Exception {
    failOnPage = 3;
    CompletableFuture<List<String>> walk = call("collect", 2L);
    assertThatThrownBy(() -> await(walk)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ZenlayerServiceException.class).hasMessageContaining("no page 3");
  }

  @Test
  void aThrowingConsumerFailsTheWalk() throws Exception {
    CompletableFuture<Void> walk = call("failingConsumer", 2L);
    assertThatThrownBy(() -> await(walk)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(IllegalStateException.class).hasMessage("consumer gave up at i-1,i-2");
    // a later walk's request shows the failed walk asked for nothing more
    await(call("pages", null, 5L));
    assertThat(REQUESTS).containsExactly("1/2", "1/5");
  }

  @Test
  void cancellingTheWalkStopsItBeforeTheNextPage() throws Exception {
    CompletableFuture<Void> walk = call("cancelledOnFirstPage", 2L);
    assertThatThrownBy(() -> await(walk)).isInstanceOf(java.util.concurrent.CancellationException.class);
    await(call("pages", null, 5L));
    assertThat(REQUESTS).containsExactly("1/2", "1/5");
  }

  @Test
  void aCallThatFailsAtOnceFailsTheWalkWithItsOwnException() throws Exception {
    CompletableFuture<Void> walk = call("onAClosedClient", "http://127.0.0.1:" + server.getAddress().getPort());
    // what exceptionally/handle/whenComplete see: the runtime's exception, not a CompletionException
    Throwable failure = await(walk.handle((ignored, e) -> e));
    assertThat(failure).isInstanceOf(ZenlayerClientException.class).hasMessageContaining("closed");
    assertThat(REQUESTS).isEmpty();
  }
}
