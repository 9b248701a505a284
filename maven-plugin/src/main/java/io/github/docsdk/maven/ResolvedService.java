package io.github.docsdk.maven;

import java.nio.file.Path;

/**
 * A service whose configuration has been checked, with absolute paths.
 *
 * @param docs docs folder
 * @param name service name
 * @param apiVersion API version
 * @param basePackage Java package (may be null for lint)
 * @param overrides overrides file, or null
 */
record ResolvedService(
    Path docs, String name, String apiVersion, String basePackage, Path overrides) {

  /** {@code bmc 2022-11-20}, as the summary line names a service. */
  String label() {
    return name + " " + apiVersion;
  }
}
