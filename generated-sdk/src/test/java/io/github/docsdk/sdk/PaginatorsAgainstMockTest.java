package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.mock.MockReply;
import io.github.docsdk.mock.MockServer;
import io.github.docsdk.mock.RecordedRequest;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.sdk.bmc.BmcAsyncClient;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesResponse;
import io.github.docsdk.sdk.bmc.model.InstanceInfo;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paginators generated for DescribeInstances walk pages served by the mock: lazily, asking
 * for consecutive page numbers, and stopping once {@code totalCount} items have been seen.
 */
class PaginatorsAgainstMockTest {

  private static final String KEY_ID = "AKID-pages";
  private static final String KEY_PASSWORD = "pages-password-for-tests";

  private MockServer mock;

  @BeforeEach
  void start() {
    mock = MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).start();
    // Five instances in pages of two: 2 + 2 + 1.
    mock.enqueue(
        "DescribeInstances",
        MockReply.response(page(5, "i-1", "i-2")),
        MockReply.response(page(5, "i-3", "i-4")),
        MockReply.response(page(5, "i-5")));
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  @Test
  void syncPaginatorFetchesPagesLazilyAndStopsAtTheTotal() {
    try (BmcClient client = client()) {
      Iterable<DescribeInstancesResponse> pages =
          client.describeInstancesPaginator(DescribeInstancesRequest.builder().pageSize(2L).build());
      assertThat(mock.requests("DescribeInstances")).as("nothing fetched before iterating").isEmpty();

      Iterator<DescribeInstancesResponse> it = pages.iterator();
      assertThat(it.next().dataSet()).extracting(InstanceInfo::instanceId).containsExactly("i-1", "i-2");
      assertThat(mock.requests("DescribeInstances")).hasSize(1);

      List<String> rest = new java.util.ArrayList<>();
      it.forEachRemaining(page -> page.dataSet().forEach(i -> rest.add(i.instanceId())));
      assertThat(rest).containsExactly("i-3", "i-4", "i-5");
      assertThat(pageNumbers()).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void itemsStreamTheListElementsOfEveryPage() {
    try (BmcClient client = client()) {
      List<String> ids =
          client
              .describeInstancesPaginator(DescribeInstancesRequest.builder().pageSize(2L).build())
              .items()
              .map(InstanceInfo::instanceId)
              .collect(Collectors.toList());
      assertThat(ids).containsExactly("i-1", "i-2", "i-3", "i-4", "i-5");
      assertThat(pageNumbers()).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void asyncPaginatorCollectsEveryItemAcrossPages() throws Exception {
    try (BmcAsyncClient client =
        BmcAsyncClient.builder()
            .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
            .endpoint(mock.baseUri())
            .build()) {
      List<InstanceInfo> all =
          client
              .describeInstancesPaginator(DescribeInstancesRequest.builder().pageSize(2L).build())
              .collectItems()
              .get(10, TimeUnit.SECONDS);
      assertThat(all).extracting(InstanceInfo::instanceId).containsExactly("i-1", "i-2", "i-3", "i-4", "i-5");
      assertThat(pageNumbers()).containsExactly(1L, 2L, 3L);
    }
  }

  private BmcClient client() {
    return BmcClient.builder()
        .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
        .endpoint(mock.baseUri())
        .maxAttempts(1)
        .build();
  }

  private List<Long> pageNumbers() {
    return mock.requests("DescribeInstances").stream()
        .map(RecordedRequest::bodyJson)
        .map(body -> body.path("pageNum").asLong(1))
        .collect(Collectors.toList());
  }

  private static String page(int total, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",").append("{\"instanceId\":\"").append(id).append("\"}");
    }
    return "{\"requestId\":\"T-page\",\"totalCount\":" + total + ",\"dataSet\":[" + items + "]}";
  }
}
