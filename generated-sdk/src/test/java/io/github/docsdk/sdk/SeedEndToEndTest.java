package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.Catalog;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import io.github.docsdk.sdk.bmc.model.ImageInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's promise: the client generated from the seed page signs a DescribeImages
 * call that an independent verifier accepts, and reads the documented answer back as typed values.
 */
class SeedEndToEndTest {

  private static final String KEY_ID = "AKID-e2e";
  private static final String KEY_PASSWORD = "e2e-not-a-real-secret";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SigningTestServer server;
  private BmcClient client;

  @BeforeEach
  void start() throws Exception {
    server = new SigningTestServer(KEY_ID, KEY_PASSWORD);
    client =
        BmcClient.builder()
            .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
            .endpoint(server.baseUri())
            .maxAttempts(1)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void signedCallReturnsTheDocumentedImageAsTypedValues() {
    server.reply(200, DocExamples.responseOf("DescribeImages"));

    DescribeImagesResponse response =
        client.describeImages(DescribeImagesRequest.builder().catalog(Catalog.CENTOS).build());

    SigningTestServer.Received request = server.received().get(0);
    assertThat(request.signatureProblem()).isNull();
    assertThat(request.path()).isEqualTo("/api/v2/bmc");
    assertThat(request.headers())
        .containsEntry("x-zc-action", "DescribeImages")
        .containsEntry("x-zc-version", "2022-11-20")
        .containsEntry("x-zc-service", "bmc")
        .containsKey("x-zc-signature-method");
    assertThat(request.body()).isEqualTo("{\"catalog\":\"centos\"}");

    assertThat(response.images()).hasSize(1);
    ImageInfo image = response.images().get(0);
    assertThat(image.imageId()).isEqualTo("bd5faa16-39d2-4bbf-a5c8-b95a193b1626");
    assertThat(image.imageName()).isEqualTo("CentOS7.4-x86_64");
    assertThat(image.catalog()).isEqualTo(Catalog.CENTOS);
    assertThat(image.catalogAsString()).isEqualTo("centos");
    assertThat(response.requestId()).isEqualTo("T4C35327C-7B13-47B8-A815-5E5213D4A9F9");
  }

  @Test
  void valueTheSdkDoesNotKnowSurvivesAsUnknownWithItsRawString() throws Exception {
    ObjectNode envelope = (ObjectNode) MAPPER.readTree(DocExamples.responseOf("DescribeImages"));
    ((ObjectNode) envelope.path("response").path("images").get(0)).put("catalog", "plan9");
    server.reply(200, MAPPER.writeValueAsString(envelope));

    ImageInfo image = client.describeImages(DescribeImagesRequest.builder().build()).images().get(0);

    assertThat(image.catalog()).isEqualTo(Catalog.UNKNOWN_TO_SDK_VERSION);
    assertThat(image.catalogAsString()).isEqualTo("plan9");
  }

  @Test
  void documentedErrorBecomesServiceExceptionWithStatusCodeAndRequestId() {
    server.reply(
        404,
        "{\"requestId\":\"T-404-1\",\"code\":\"INVALID_INSTANCE_TYPE_NOT_FOUND\","
            + "\"message\":\"The instance type does not exist.\"}");

    ZenlayerServiceException error =
        catchThrowableOfType(
            ZenlayerServiceException.class,
            () ->
                client.describeImages(
                    DescribeImagesRequest.builder().instanceTypeId("M6C").build()));

    assertThat(error.httpStatus()).isEqualTo(404);
    assertThat(error.code()).isEqualTo("INVALID_INSTANCE_TYPE_NOT_FOUND");
    assertThat(error.requestId()).isEqualTo("T-404-1");
    assertThat(error.getMessage()).contains("The instance type does not exist.");
  }
}
