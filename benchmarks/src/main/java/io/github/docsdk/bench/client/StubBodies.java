package io.github.docsdk.bench.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * DescribeImages response bodies with {@code n} images, shaped like the documented example (the
 * seed page's one image, varied so that no two are equal). Deterministic: the same {@code n}
 * always gives the same bytes.
 */
public final class StubBodies {

  private static final String[] CATALOGS = {"centos", "windows", "ubuntu", "debian", "esxi"};
  private static final String[] OS_TYPES = {"linux", "windows", "linux", "linux", "linux"};

  private StubBodies() {}

  public static byte[] describeImages(int n) {
    StringBuilder json = new StringBuilder(64 + n * 190);
    String requestId = "T4C35327C-7B13-47B8-A815-5E5213D4A9F9";
    json.append("{\"requestId\":\"").append(requestId).append("\",\"response\":{\"requestId\":\"")
        .append(requestId).append("\",\"images\":[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        json.append(',');
      }
      int kind = i % CATALOGS.length;
      json.append("{\"imageId\":\"")
          .append(String.format(Locale.ROOT, "bd5faa16-39d2-4bbf-a5c8-%012d", i))
          .append("\",\"imageName\":\"").append(CATALOGS[kind]).append("-").append(i)
          .append("-x86_64\",\"catalog\":\"").append(CATALOGS[kind])
          .append("\",\"imageType\":\"").append(i % 7 == 0 ? "CUSTOM_IMAGE" : "PUBLIC_IMAGE")
          .append("\",\"osType\":\"").append(OS_TYPES[kind]).append("\"}");
    }
    json.append("]}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
