package com.example.bmc.usage;

import com.example.bmc.BmcAsyncClient;
import com.example.bmc.BmcClient;
import com.example.bmc.BmcErrorCodes;
import io.github.docsdk.runtime.Paginator;
import com.example.bmc.model.Catalog;
import com.example.bmc.model.ChargePrepaid;
import com.example.bmc.model.CreateInstancesRequest;
import com.example.bmc.model.DescribeImagesRequest;
import com.example.bmc.model.DescribeImagesResponse;
import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import com.example.bmc.model.DiskSpec;
import com.example.bmc.model.ImageInfo;
import com.example.bmc.model.ImageType;
import com.example.bmc.model.InstanceInfo;
import com.example.bmc.model.InstanceStatus;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerClientException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Code an SDK user would write against the generated bmc fixture; compiled together with it, so
 * the API shape itself is under test. Each method returns what it observed for the JUnit test to
 * assert.
 */
public final class BmcUsage {

  private BmcUsage() {}

  public static Map<String, Object> readImages(String json) throws Exception {
    DescribeImagesResponse response = DescribeImagesResponse.fromJson(json);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requestId", response.requestId());
    out.put("count", response.images().size());
    ImageInfo first = response.images().get(0);
    out.put("imageId", first.imageId());
    out.put("catalog", first.catalog());
    out.put("catalogAsString", first.catalogAsString());
    out.put("imageType", first.imageType());
    out.put("osType", first.osType());
    out.put("hasImages", response.hasImages());
    out.put("unknownFields", response.unknownFields());
    out.put("image.unknownFields", first.unknownFields());
    return out;
  }

  public static Map<String, Object> readInstances(String json) throws Exception {
    DescribeInstancesResponse response = DescribeInstancesResponse.fromJson(json);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("totalCount", response.totalCount());
    int i = 0;
    for (InstanceInfo info : response.dataSet()) {
      String p = "[" + i++ + "].";
      out.put(p + "status", info.status());
      out.put(p + "statusAsString", info.statusAsString());
      try {
        out.put(p + "createTime", info.createTime());
      } catch (ZenlayerClientException e) {
        out.put(p + "createTime", e.getMessage());
      }
      out.put(p + "createTimeAsString", info.createTimeAsString());
      out.put(p + "cpuCount", info.cpuCount());
      out.put(p + "price", info.price());
      out.put(p + "bandwidthOutMbps", info.bandwidthOutMbps());
      out.put(p + "isHA", info.isHA());
      out.put(p + "tags", info.tags());
      out.put(p + "hasTags", info.hasTags());
      out.put(p + "statusHistory", info.statusHistory());
      out.put(p + "statusHistoryAsStrings", info.statusHistoryAsStrings());
      out.put(p + "image.catalog", info.image() == null ? null : info.image().catalog());
      out.put(p + "toString", info.toString());
    }
    return out;
  }

  public static String writeDescribeImages() throws Exception {
    DescribeImagesRequest request = DescribeImagesRequest.builder()
        .imageIds("a", "b")
        .catalog(Catalog.CENTOS)
        .imageType("SOMETHING_NEW")
        .build();
    return request.toJson();
  }

  /** The builder forms of issue 15 and the additional fields of issue 13, as written JSON or errors. */
  public static Map<String, Object> newBuilderForms() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("literals", DescribeInstancesRequest.builder().pageSize(100).pageNum(2L).build().toJson());
    out.put("lambdas", CreateInstancesRequest.builder()
        .zoneId("HKG-A")
        .instanceChargePrepaid(c -> c.period(1).autoRenew(true))
        .applyMutation(b -> b.password("p"))
        .build().toJson());
    try {
      DescribeImagesRequest.builder().catalog(Catalog.UNKNOWN_TO_SDK_VERSION);
      out.put("unknownConstant", "accepted");
    } catch (IllegalArgumentException e) {
      out.put("unknownConstant", e.getMessage());
    }
    out.put("unknownAsString", DescribeImagesRequest.builder().catalog("freebsd").build().toJson());
    DescribeImagesRequest extra = DescribeImagesRequest.builder()
        .imageName("n")
        .putAdditionalField("tags", List.of(Map.of("key", "k")))
        .putAdditionalField("ipxeUrl", "http://x")
        .build();
    out.put("additional", extra.toJson());
    out.put("additionalKept", extra.toBuilder().build().equals(extra));
    try {
      DescribeImagesRequest.builder().putAdditionalField("imageName", "x");
      out.put("additionalDefined", "accepted");
    } catch (IllegalArgumentException e) {
      out.put("additionalDefined", e.getMessage());
    }
    try {
      DescribeImagesRequest.builder().putAdditionalField("odd", new Object());
      out.put("additionalOdd", "accepted");
    } catch (IllegalArgumentException e) {
      out.put("additionalOdd", e.getMessage());
    }
    return out;
  }

  public static String writeEmptyRequest() throws Exception {
    return DescribeImagesRequest.builder().build().toJson();
  }

  public static Map<String, Object> builders() {
    List<String> tags = new ArrayList<>(List.of("x", "y"));
    InstanceInfo original = InstanceInfo.builder()
        .instanceId("i-1")
        .status(InstanceStatus.RUNNING)
        .tags(tags)
        .statusHistory(InstanceStatus.STOPPED, InstanceStatus.RUNNING)
        .adminPassword("hunter2")
        .build();
    tags.add("z"); // must not leak into the built object
    InstanceInfo copy = original.toBuilder().build();
    InstanceInfo changed = original.toBuilder().instanceId("i-2").build();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tags", original.tags());
    out.put("copyEquals", copy.equals(original) && copy.hashCode() == original.hashCode());
    out.put("changedEquals", changed.equals(original));
    out.put("toString", original.toString());
    out.put("statusHistory", original.statusHistoryAsStrings());
    boolean unmodifiable;
    try {
      original.tags().add("w");
      unmodifiable = false;
    } catch (UnsupportedOperationException e) {
      unmodifiable = true;
    }
    out.put("unmodifiable", unmodifiable);
    out.put("emptyHasTags", InstanceInfo.builder().tags(List.of()).build().hasTags());
    out.put("absentHasTags", InstanceInfo.builder().build().hasTags());
    out.put("absentTags", InstanceInfo.builder().build().tags());
    return out;
  }

  public static Map<String, Object> enums() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fromValue", ImageType.fromValue("PUBLIC_IMAGE"));
    out.put("unknown", ImageType.fromValue("NEW_KIND"));
    out.put("null", ImageType.fromValue(null));
    out.put("knownValues", ImageType.knownValues());
    out.put("toString", Catalog.CENTOS.toString());
    out.put("errorCode", BmcErrorCodes.INVALID_ZONE);
    return out;
  }

  public static String missingRequiredSync(String endpoint) {
    try (BmcClient client = client(endpoint)) {
      client.createInstances(CreateInstancesRequest.builder()
          .zoneId("HKG-A")
          .instanceChargePrepaid(ChargePrepaid.builder().autoRenew(true).build())
          .disks(DiskSpec.builder().diskSize(10L).build(), DiskSpec.builder().diskName("d").build())
          .build());
      return "no exception";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  public static String missingRequiredAsync(String endpoint) throws InterruptedException {
    try (BmcAsyncClient client = BmcAsyncClient.builder()
        .credentials(Credentials.of("id", "secret"))
        .endpoint(URI.create(endpoint))
        .maxAttempts(1)
        .build()) {
      client.createInstances(CreateInstancesRequest.builder().build()).get();
      return "no exception";
    } catch (ExecutionException e) {
      return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
    }
  }

  public static String describeImagesSyncAndAsync(String endpoint) throws Exception {
    DescribeImagesRequest request = DescribeImagesRequest.builder().catalog("centos").build();
    String sync;
    try (BmcClient client = client(endpoint)) {
      sync = client.describeImages(request).images().get(0).imageId();
    }
    try (BmcAsyncClient client = BmcAsyncClient.builder()
        .credentials(Credentials.of("id", "secret"))
        .endpoint(URI.create(endpoint))
        .build()) {
      return sync + "," + client.describeImages(request).get().images().get(0).catalog();
    }
  }

  /** Streams every item with the given page size; returns the ids joined. */
  public static String allItems(String endpoint, long pageSize) {
    try (BmcClient client = client(endpoint)) {
      return client.describeInstancesPaginator(DescribeInstancesRequest.builder().pageSize(pageSize).build())
          .items().map(InstanceInfo::instanceId).collect(Collectors.joining(","));
    }
  }

  /** Reads pages one at a time, recording how many calls the server saw before each step. */
  public static List<String> paginate(String endpoint, java.util.function.IntSupplier calls) {
    List<String> out = new ArrayList<>();
    try (BmcClient client = client(endpoint)) {
      Paginator<DescribeInstancesResponse, InstanceInfo> pages =
          client.describeInstancesPaginator(DescribeInstancesRequest.builder().pageSize(2L).build());
      out.add("created=" + calls.getAsInt());
      Iterator<DescribeInstancesResponse> it = pages.iterator();
      out.add("afterIterator=" + calls.getAsInt());
      DescribeInstancesResponse first = it.next();
      out.add("afterFirst=" + calls.getAsInt() + " size=" + first.dataSet().size());
      out.add("items=" + pages.items().map(InstanceInfo::instanceId).collect(Collectors.joining(",")));
      out.add("firstTwo=" + pages.items().limit(2).map(InstanceInfo::instanceId).collect(Collectors.joining(",")));
    }
    return out;
  }

  /** A user's test double: only the action it needs; paginators and lambda overloads come with it. */
  public static Map<String, Object> stubbedClient() {
    List<Long> asked = new ArrayList<>();
    BmcClient stub = new BmcClient() {
      @Override
      public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        asked.add(request.pageNum());
        List<InstanceInfo> page = request.pageNum() < 3
            ? List.of(InstanceInfo.builder().instanceId("i-" + request.pageNum()).build()) : List.of();
        return DescribeInstancesResponse.builder().totalCount(2).dataSet(page).build();
      }

      @Override
      public void close() {
      }
    };
    Map<String, Object> out = new LinkedHashMap<>();
    try (BmcClient client = stub) {
      out.put("lambda", client.describeInstances(r -> r.pageNum(1).pageSize(1)).dataSet().get(0).instanceId());
      out.put("items", client.describeInstancesPaginator(r -> r.pageSize(1)).items()
          .map(InstanceInfo::instanceId).collect(Collectors.toList()));
      try {
        client.describeImages(r -> r.catalog("centos"));
        out.put("unstubbed", "returned");
      } catch (UnsupportedOperationException e) {
        out.put("unstubbed", "UnsupportedOperationException");
      }
    }
    out.put("asked", asked);
    return out;
  }

  private static BmcClient client(String endpoint) {
    return BmcClient.builder()
        .credentials(Credentials.of("id", "secret"))
        .endpoint(URI.create(endpoint))
        .callTimeout(Duration.ofSeconds(10))
        .connectTimeout(Duration.ofSeconds(5))
        .maxAttempts(1)
        .build();
  }
}
