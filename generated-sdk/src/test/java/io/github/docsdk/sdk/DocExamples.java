package io.github.docsdk.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The examples of the docs, read from the model JSON that the plugin put on the classpath, so
 * tests answer with what the docs say rather than with text copied into the test.
 */
final class DocExamples {

  static final String MODEL_RESOURCE = "/META-INF/docsdk/bmc-2022-11-20.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DocExamples() {}

  static JsonNode model() {
    try (InputStream in = DocExamples.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_RESOURCE + " is not on the test classpath");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String modelText() {
    try (InputStream in = DocExamples.class.getResourceAsStream(MODEL_RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first example response of an action, as the docs print it (with its envelope). */
  static String responseOf(String action) {
    for (JsonNode op : model().path("operations")) {
      if (op.path("name").asText().equals(action)) {
        for (JsonNode example : op.path("examples")) {
          String response = example.path("response").asText("");
          if (!response.isBlank()) {
            return response;
          }
        }
      }
    }
    throw new IllegalStateException("the docs give no example response for " + action);
  }
}
