package io.github.docsdk.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to generate and where. Build one with {@link #builder()}; {@link #problems()} lists
 * configuration mistakes in the user's terms before any work starts.
 *
 * @param docsRoot the docs folder of one service
 * @param service service name as in the request path, e.g. {@code bmc}
 * @param apiVersion e.g. {@code 2022-11-20}
 * @param basePackage Java package of the client; models go in {@code basePackage.model}
 * @param sourceOutput root of the generated Java sources
 * @param resourceOutput root for the model JSON ({@code META-INF/docsdk/<service>-<apiVersion>.json});
 *     null to write no model JSON
 * @param overrides an overrides file, or null for the parser's default
 * @param strict whether warnings fail the run like errors
 * @param lockFile the name lock, or null for {@code <docsRoot>/docsdk-lock.json}
 * @param frozenLock whether a run that would change the lock fails instead (for CI)
 * @param rules lint levels per code ({@code off|note|warning|error}) on top of the docs folder's
 *     {@code docsdk-lint.json}; empty for none
 * @param linkRoot the folder links and symlinks in the docs may lead into, or null for the top of
 *     the git work tree holding the docs, else the docs folder
 */
public record GenerateRequest(
    Path docsRoot,
    String service,
    String apiVersion,
    String basePackage,
    Path sourceOutput,
    Path resourceOutput,
    Path overrides,
    boolean strict,
    Path lockFile,
    boolean frozenLock,
    Map<String, String> rules,
    Path linkRoot) {

  public GenerateRequest {
    Objects.requireNonNull(docsRoot, "docsRoot");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(sourceOutput, "sourceOutput");
    rules = rules == null ? Map.of() : Map.copyOf(rules);
  }

  public GenerateRequest(Path docsRoot, String service, String apiVersion, String basePackage, Path sourceOutput,
      Path resourceOutput, Path overrides, boolean strict) {
    this(docsRoot, service, apiVersion, basePackage, sourceOutput, resourceOutput, overrides, strict, null, false, Map.of(),
        null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The lock file read and written: {@link #lockFile()}, or {@code docsdk-lock.json} in the docs. */
  public Path effectiveLockFile() {
    return lockFile != null ? lockFile : docsRoot.resolve(io.github.docsdk.lock.NameLock.FILE_NAME);
  }

  /** Where the model JSON goes, relative to {@link #resourceOutput()}. */
  public String modelResourcePath() {
    return "META-INF/docsdk/" + service + "-" + apiVersion + ".json";
  }

  /** Configuration mistakes, each a full sentence; empty when the request can run. */
  public List<String> problems() {
    return RequestChecks.problems(this, true);
  }

  /** Fluent builder; every setter returns this. */
  public static final class Builder {
    private Path docsRoot;
    private String service;
    private String apiVersion;
    private String basePackage;
    private Path sourceOutput;
    private Path resourceOutput;
    private Path overrides;
    private boolean strict;
    private Path lockFile;
    private boolean frozenLock;
    private Map<String, String> rules = Map.of();
    private Path linkRoot;

    private Builder() {}

    public Builder docsRoot(Path value) {
      this.docsRoot = value;
      return this;
    }

    public Builder service(String value) {
      this.service = value;
      return this;
    }

    public Builder apiVersion(String value) {
      this.apiVersion = value;
      return this;
    }

    public Builder basePackage(String value) {
      this.basePackage = value;
      return this;
    }

    public Builder sourceOutput(Path value) {
      this.sourceOutput = value;
      return this;
    }

    public Builder resourceOutput(Path value) {
      this.resourceOutput = value;
      return this;
    }

    public Builder overrides(Path value) {
      this.overrides = value;
      return this;
    }

    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** The name lock to read and write; null for {@code <docs>/docsdk-lock.json}. */
    public Builder lockFile(Path value) {
      this.lockFile = value;
      return this;
    }

    /** Fail instead of changing the lock. */
    public Builder frozenLock(boolean value) {
      this.frozenLock = value;
      return this;
    }

    public Builder rules(Map<String, String> value) {
      this.rules = value;
      return this;
    }

    /** The folder links and symlinks may lead into; null for the default (see the record). */
    public Builder linkRoot(Path value) {
      this.linkRoot = value;
      return this;
    }

    public GenerateRequest build() {
      return new GenerateRequest(docsRoot, service, apiVersion, basePackage, sourceOutput, resourceOutput, overrides,
          strict, lockFile, frozenLock, rules, linkRoot);
    }
  }
}
