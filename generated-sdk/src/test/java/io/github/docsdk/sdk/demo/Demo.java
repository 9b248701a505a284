package io.github.docsdk.sdk.demo;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.Catalog;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import io.github.docsdk.sdk.bmc.model.DescribeZonesRequest;
import io.github.docsdk.sdk.bmc.model.StartInstancesRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's main job: start the mock server from the model the build just generated, then call
 * it with the generated client as a user would, signed requests and all.
 */
public final class Demo {

  private static final String MODEL = "/META-INF/docsdk/bmc-2022-11-20.json";

  private Demo() {}

  public static void main(String[] args) throws IOException {
    String model;
    try (InputStream in = Demo.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is missing: run the build with the docsdk plugin");
      }
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String keyId = "demo-key-id";
    String keyPassword = "demo-key-password";
    try (MockServer mock = MockServer.builder(model).credentials(keyId, keyPassword).start();
        BmcClient bmc =
            BmcClient.builder()
                .credentials(Credentials.of(keyId, keyPassword))
                .endpoint(mock.baseUri())
                .build()) {
      System.out.println("docsdk demo: mock bmc API at " + mock.baseUri());

      DescribeImagesResponse images =
          bmc.describeImages(DescribeImagesRequest.builder().catalog(Catalog.CENTOS).build());
      images
          .images()
          .forEach(
              image ->
                  System.out.println(
                      "  image "
                          + image.imageId()
                          + " "
                          + image.imageName()
                          + " catalog="
                          + image.catalog()
                          + " osType="
                          + image.osType()));

      bmc.describeZones(DescribeZonesRequest.builder().build())
          .zoneSet()
          .forEach(zone -> System.out.println("  zone " + zone.zoneId() + " " + zone.cityName()));

      try {
        bmc.startInstances(StartInstancesRequest.builder().build());
      } catch (IllegalArgumentException e) {
        System.out.println("  checked before sending: " + e.getMessage());
      }

      mock.stub("DescribeImages", io.github.docsdk.mock.MockReply.error("INVALID_INSTANCE_TYPE_NOT_FOUND"));
      try {
        bmc.describeImages(DescribeImagesRequest.builder().instanceTypeId("nope").build());
      } catch (ZenlayerServiceException e) {
        System.out.println(
            "  service error: status=" + e.httpStatus() + " code=" + e.code() + " requestId=" + e.requestId());
      }
      System.out.println("docsdk demo: done");
    }
  }
}
