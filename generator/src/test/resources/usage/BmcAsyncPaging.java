package com.example.bmc.usage;

import io.github.docsdk.runtime.AsyncPaginator;
import com.example.bmc.BmcAsyncClient;
import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import com.example.bmc.model.InstanceInfo;
import io.github.docsdk.runtime.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Code an SDK user would write against the async paginator of the generated bmc fixture; compiled
 * with it, so the API shape is under test too. Each method starts a walk and returns its future
 * with what the walk observed; the JUnit test waits and asserts.
 */
public final class BmcAsyncPaging {

  private static BmcAsyncClient client;

  private BmcAsyncPaging() {}

  public static void open(String endpoint) {
    client = BmcAsyncClient.builder()
        .credentials(Credentials.of("id", "secret"))
        .endpoint(URI.create(endpoint))
        .callTimeout(Duration.ofSeconds(30))
        .connectTimeout(Duration.ofSeconds(5))
        .maxAttempts(1)
        .build();
  }

  public static void close() {
    client.close();
  }

  private static AsyncPaginator<DescribeInstancesResponse, InstanceInfo> paginator(Long pageNum, long pageSize) {
    return client.describeInstancesPaginator(
        DescribeInstancesRequest.builder().pageNum(pageNum).pageSize(pageSize).build());
  }

  private static String ids(DescribeInstancesResponse page) {
    return page.dataSet().stream().map(InstanceInfo::instanceId).collect(Collectors.joining(","));
  }

  /** Each page's instance ids, through forEachPage. */
  public static CompletableFuture<List<String>> pages(Long pageNum, long pageSize) {
    List<String> seen = new ArrayList<>(); // the walk hands pages on one at a time
    return paginator(pageNum, pageSize).forEachPage(page -> seen.add(ids(page))).thenApply(done -> seen);
  }

  /** The instance ids across pages, through forEachItem. */
  public static CompletableFuture<String> items(long pageSize) {
    StringBuilder out = new StringBuilder();
    return paginator(null, pageSize)
        .forEachItem(item -> out.append(out.length() == 0 ? "" : ",").append(item.instanceId()))
        .thenApply(done -> out.toString());
  }

  /** collectItems' ids, and whether the list it gave can be changed. */
  public static CompletableFuture<List<String>> collect(long pageSize) {
    return paginator(null, pageSize).collectItems().thenApply(items -> {
      List<String> out = items.stream().map(InstanceInfo::instanceId).collect(Collectors.toList());
      try {
        items.clear();
        out.add("modifiable");
      } catch (UnsupportedOperationException e) {
        out.add("unmodifiable");
      }
      return out;
    });
  }

  /**
   * What the server had seen at each step: after creating the paginator, and, inside the consumer,
   * when each page was handed over.
   */
  public static CompletableFuture<List<String>> lazily(long pageSize, IntSupplier calls) {
    List<String> seen = new ArrayList<>();
    AsyncPaginator<DescribeInstancesResponse, InstanceInfo> pages = paginator(null, pageSize);
    seen.add("created=" + calls.getAsInt());
    return pages.forEachPage(page -> seen.add("page " + ids(page) + " calls=" + calls.getAsInt()))
        .thenApply(done -> seen);
  }

  /** Starts a walk whose consumer throws on the first page. */
  public static CompletableFuture<Void> failingConsumer(long pageSize) {
    return paginator(null, pageSize).forEachPage(page -> {
      throw new IllegalStateException("consumer gave up at " + ids(page));
    });
  }

  /** Starts a walk that its own consumer cancels on the first page. */
  public static CompletableFuture<Void> cancelledOnFirstPage(long pageSize) {
    AtomicReference<CompletableFuture<Void>> walk = new AtomicReference<>();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    walk.set(paginator(null, pageSize).forEachPage(page -> {
      ready.join(); // the walk's future is known once forEachPage has returned
      walk.get().cancel(false);
    }));
    ready.complete(null);
    return walk.get();
  }

  /** A walk on a closed client: every call fails at once, before anything is sent. */
  public static CompletableFuture<Void> onAClosedClient(String endpoint) {
    BmcAsyncClient closed = BmcAsyncClient.builder()
        .credentials(Credentials.of("id", "secret"))
        .endpoint(URI.create(endpoint))
        .build();
    closed.close();
    return closed.describeInstancesPaginator(DescribeInstancesRequest.builder().build()).forEachPage(page -> { });
  }
}
