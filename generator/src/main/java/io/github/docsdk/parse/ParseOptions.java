package io.github.docsdk.parse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to read a docs folder.
 *
 * @param service the service name, e.g. {@code bmc}
 * @param apiVersion e.g. {@code 2022-11-20}
 * @param overrides an overrides file to apply, or null to look for {@code docsdk-overrides.json}
 *     in the docs root
 */
public record ParseOptions(String service, String apiVersion, Path overrides) {

  public ParseOptions {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(apiVersion, "apiVersion");
  }

  public static ParseOptions of(String service, String apiVersion) {
    return new ParseOptions(service, apiVersion, null);
  }
}
