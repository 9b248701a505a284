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
 * @param lockFile the name lock to read, or null to look for {@code docsdk-lock.json} in the docs
 *     root (a missing file means no lock: names are chosen afresh)
 * @param linkRoot the folder links and symlinks may lead into, or null for the default: the top
 *     of the git work tree holding the docs folder, else the docs folder itself
 */
public record ParseOptions(String service, String apiVersion, Path overrides, Path lockFile, Path linkRoot) {

  /** As {@code lockFile}: read no lock, even when the docs folder has one (names chosen afresh). */
  public static final Path NO_LOCK = Path.of("docsdk-no-lock");

  public ParseOptions {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(apiVersion, "apiVersion");
  }

  public ParseOptions(String service, String apiVersion, Path overrides, Path lockFile) {
    this(service, apiVersion, overrides, lockFile, null);
  }

  public ParseOptions(String service, String apiVersion, Path overrides) {
    this(service, apiVersion, overrides, null, null);
  }

  public static ParseOptions of(String service, String apiVersion) {
    return new ParseOptions(service, apiVersion, null);
  }

  /** These options with another link root (null: the default). */
  public ParseOptions withLinkRoot(Path value) {
    return new ParseOptions(service, apiVersion, overrides, lockFile, value);
  }
}
