package io.github.docsdk.maven;

import io.github.docsdk.generate.RequestChecks;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the goal's parameters (the single-service user properties or a {@code <services>} list)
 * into checked services, or one exception that names every mistake and how to fix it.
 */
final class ServiceResolver {

  private final Path basedir;
  private final boolean needsPackage;
  private final String defaultApiVersion;

  /**
   * @param basedir the project folder relative paths are resolved against
   * @param needsPackage false for lint, which emits no Java
   * @param defaultApiVersion used when none is configured, or null when one is required
   */
  ServiceResolver(Path basedir, boolean needsPackage, String defaultApiVersion) {
    this.basedir = basedir;
    this.needsPackage = needsPackage;
    this.defaultApiVersion = defaultApiVersion;
  }

  List<ResolvedService> resolve(
      List<ServiceConfig> services,
      File docs,
      String service,
      String apiVersion,
      String basePackage,
      File overrides)
      throws MojoExecutionException {
    List<String> problems = new ArrayList<>();
    List<ResolvedService> out = new ArrayList<>();
    if (services != null && !services.isEmpty()) {
      if (docs != null || notBlank(service)) {
        problems.add(
            "configure either <services> or the single service (<docs>/<service>, -Ddocsdk.docs,"
                + " -Ddocsdk.service), not both");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < services.size(); i++) {
        ServiceConfig s = services.get(i);
        String where = "<services> entry " + (i + 1)
            + (notBlank(s.getName()) ? " (" + s.getName() + ")" : "");
        check(s.getDocs(), s.getName(), s.getApiVersion(), s.getPackage(), s.getOverrides(),
            where, "<docs>", "<name>", "<apiVersion>", "<package>", problems, out);
        if (notBlank(s.getName()) && !seen.add(s.getName())) {
          problems.add(where + ": service '" + s.getName()
              + "' is configured twice; give each its own execution and outputDirectory");
        }
      }
    } else {
      check(docs, service, apiVersion, basePackage, overrides, "",
          "<docs> or -Ddocsdk.docs", "<service> or -Ddocsdk.service",
          "<apiVersion> or -Ddocsdk.apiVersion", "<package> or -Ddocsdk.package", problems, out);
    }
    if (!problems.isEmpty()) {
      throw new MojoExecutionException(
          "docsdk configuration: " + String.join("; ", problems));
    }
    return out;
  }

  private void check(
      File docs,
      String service,
      String apiVersion,
      String basePackage,
      File overrides,
      String where,
      String docsHint,
      String serviceHint,
      String versionHint,
      String packageHint,
      List<String> problems,
      List<ResolvedService> out) {
    int before = problems.size();
    Path docsPath = docs == null ? null : absolute(docs);
    hinted(RequestChecks.docsProblem(docsPath), where, docsHint, problems);
    hinted(RequestChecks.serviceProblem(service), where, serviceHint, problems);
    String version = notBlank(apiVersion) ? apiVersion : defaultApiVersion;
    hinted(RequestChecks.apiVersionProblem(version), where, versionHint, problems);
    if (needsPackage) {
      hinted(RequestChecks.packageProblem(basePackage), where, packageHint, problems);
    }
    Path overridesPath = overrides == null ? null : absolute(overrides);
    if (overridesPath != null && !overridesPath.toFile().isFile()) {
      problems.add((where.isEmpty() ? "" : where + ": ") + "overrides file " + overridesPath
          + " does not exist");
    }
    if (problems.size() == before) {
      out.add(new ResolvedService(docsPath, service, version, basePackage, overridesPath));
    }
  }

  private static void hinted(Optional<String> problem, String where, String hint, List<String> out) {
    problem.ifPresent(p -> out.add((where.isEmpty() ? "" : where + ": ") + p + " (set " + hint + ")"));
  }

  private Path absolute(File file) {
    Path path = file.toPath();
    return (path.isAbsolute() ? path : basedir.resolve(path)).toAbsolutePath().normalize();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
