package io.github.docsdk.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks a configuration before any work, so that a typo gives one clear sentence instead of a
 * stack trace or an empty SDK. Shared by the CLI and the Maven plugin.
 */
public final class RequestChecks {

  /** Service names appear in the request path {@code /api/v2/<service>}: keep them URL-safe. */
  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]*");

  private static final Pattern API_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private RequestChecks() {}

  static List<String> problems(GenerateRequest request, boolean needsPackage) {
    List<String> out = new ArrayList<>();
    docsProblem(request.docsRoot()).ifPresent(out::add);
    serviceProblem(request.service()).ifPresent(out::add);
    apiVersionProblem(request.apiVersion()).ifPresent(out::add);
    if (needsPackage) { // a run that writes output (lint only reads)
      packageProblem(request.basePackage()).ifPresent(out::add);
      OutputLinks.problem(request.sourceOutput()).ifPresent(out::add);
      OutputLinks.problem(request.resourceOutput()).ifPresent(out::add);
    }
    if (request.overrides() != null && !Files.isRegularFile(request.overrides())) {
      out.add("overrides file " + request.overrides().toAbsolutePath() + " does not exist");
    }
    if (request.linkRoot() != null && !Files.isDirectory(request.linkRoot())) {
      out.add("link root " + request.linkRoot().toAbsolutePath() + " is not a folder");
    }
    if (request.lockFile() != null && Files.isDirectory(request.lockFile())) {
      out.add("lock file " + request.lockFile().toAbsolutePath() + " is a folder, not a file");
    }
    return out;
  }

  public static Optional<String> docsProblem(Path docsRoot) {
    if (docsRoot == null) {
      return Optional.of("no docs folder configured");
    }
    if (!Files.exists(docsRoot)) {
      return Optional.of("docs folder " + docsRoot.toAbsolutePath() + " does not exist");
    }
    if (!Files.isDirectory(docsRoot)) {
      return Optional.of(
          "docs folder " + docsRoot.toAbsolutePath() + " is a file, not a folder");
    }
    return Optional.empty();
  }

  public static Optional<String> serviceProblem(String service) {
    if (service == null || service.isBlank()) {
      return Optional.of("no service name configured (e.g. bmc)");
    }
    if (!SERVICE.matcher(service).matches()) {
      return Optional.of(
          "service name '"
              + service
              + "' is not valid: use lower-case letters, digits and '-' as in the request path"
              + " /api/v2/<service> (e.g. bmc)");
    }
    return Optional.empty();
  }

  public static Optional<String> apiVersionProblem(String apiVersion) {
    if (apiVersion == null || apiVersion.isBlank()) {
      return Optional.of("no API version configured (e.g. 2022-11-20)");
    }
    if (!API_VERSION.matcher(apiVersion).matches()) {
      return Optional.of(
          "API version '" + apiVersion + "' is not valid: use letters, digits, '.', '_' and '-'");
    }
    return Optional.empty();
  }

  public static Optional<String> packageProblem(String basePackage) {
    if (basePackage == null || basePackage.isBlank()) {
      return Optional.of("no Java package configured (e.g. com.example.zenlayer.bmc)");
    }
    for (String part : basePackage.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return Optional.of(
            "package name '"
                + basePackage
                + "' is not a valid Java package name ('"
                + part
                + "' is not a Java identifier)");
      }
    }
    if (JAVA_RESERVED_ROOTS.contains(basePackage.split("\\.")[0])) {
      return Optional.of(
          "package name '" + basePackage + "' is reserved for the JDK; use your own (e.g. com.example)");
    }
    return Optional.empty();
  }

  private static final Set<String> JAVA_RESERVED_ROOTS = Set.of("java", "javax");
}
