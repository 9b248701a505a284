package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever the body, the mock answers with a documented outcome, never a failure of its own. */
class RandomBodiesTest {

  private static final Set<String> VALIDATION_CODES =
      Set.of("MISSING_PARAMETER", "INVALID_PARAMETER_TYPE", "INVALID_PARAMETER_VALUE",
          "INVALID_PARAMETER_DATE_FORMAT_ERROR");
  private static final String[] KEYS = {
    "zoneId", "instanceTypeId", "amount", "chargeType", "startTime", "ports", "label", "key", "children",
    "portNum", "protocol", "catalog", "imageIds", "pageNum", "bandwidth", "autoRenew", "x"
  };

  @Test
  void randomBodiesGetSuccessOrAValidationCode() {
    Random random = new Random(20221120L);
    List<String> problems = new ArrayList<>();
    java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
    try (MockServer server = MockServer.builder(TestClient.model()).start()) {
      TestClient client = new TestClient(server.endpoint());
      String[] actions = {"CreateInstances", "DescribeImages", "ZoneDetails"};
      for (int i = 0; i < 600; i++) {
        String body = i % 10 == 0 ? garbage(random) : value(random, 0, true);
        String action = actions[i % actions.length];
        if (action.equals("CreateInstances") && i % 2 == 0 && body.startsWith("{")) {
          // Past the required members, so the later checks are reached too.
          String rest = body.substring(1);
          String time = i % 4 == 0 ? ",\"startTime\":" + value(random, 3, false) : "";
          body = "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\"" + time + (rest.equals("}") ? "" : ",") + rest;
        }
        TestClient.Reply r = client.call(action, body);
        boolean fine =
            r.json != null
                && r.json.path("requestId").asText().startsWith("T")
                && (r.status == 200 && r.response() != null
                    || r.status == 400 && VALIDATION_CODES.contains(r.code()));
        outcomes.merge(r.status == 200 ? "200" : String.valueOf(r.code()), 1, Integer::sum);
        if (!fine) {
          problems.add(action + " " + body + " -> " + r);
        }
      }
    }
    assertThat(problems).isEmpty();
    // The generator must reach every outcome, or the test proves little.
    assertThat(outcomes.keySet()).as(outcomes.toString()).containsAll(VALIDATION_CODES).contains("200");
  }

  private static String garbage(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    String alphabet = "{}[]\":,0aZ\\ \u00e9\u4e2d";
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String value(Random random, int depth, boolean object) {
    int pick = object ? 0 : random.nextInt(depth > 4 ? 6 : 8);
    switch (pick) {
      case 0: {
        StringBuilder sb = new StringBuilder("{");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            sb.append(',');
          }
          sb.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":").append(value(random, depth + 1, false));
        }
        return sb.append('}').toString();
      }
      case 1:
        return "\"" + new String[] {"SEL-A", "TCP", "PREPAID", "ubuntu", "2024-01-01T00:00:00Z", "", "gentoo", "soon"}[random.nextInt(8)] + "\"";
      case 2:
        return Long.toString(random.nextLong());
      case 3:
        return Double.toString(random.nextDouble() * 100);
      case 4:
        return random.nextBoolean() ? "true" : "false";
      case 5:
        return "null";
      case 6:
        return value(random, depth + 1, true);
      default: {
        StringBuilder sb = new StringBuilder("[");
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            sb.append(',');
          }
          sb.append(value(random, depth + 1, false));
        }
        return sb.append(']').toString();
      }
    }
  }
}
