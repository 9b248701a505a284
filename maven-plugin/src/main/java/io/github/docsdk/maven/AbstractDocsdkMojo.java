package io.github.docsdk.maven;

import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.lint.NoteGroups;
import io.github.docsdk.spec.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and log output shared by {@code generate} and {@code lint}. */
abstract class AbstractDocsdkMojo extends AbstractMojo {

  /** Docs folder of a single service (e.g. {@code src/main/docs/bmc}). */
  @Parameter(property = "docsdk.docs")
  protected File docs;

  /** Service name of a single service, as in the request path {@code /api/v2/<service>}. */
  @Parameter(property = "docsdk.service")
  protected String service;

  /** API version of a single service, e.g. {@code 2022-11-20}. */
  @Parameter(property = "docsdk.apiVersion")
  protected String apiVersion;

  /** Java package of a single service's client, e.g. {@code com.example.zenlayer.bmc}. */
  @Parameter(name = "package", property = "docsdk.package")
  protected String packageName;

  /** Overrides file of a single service; by default the parser looks in the docs folder. */
  @Parameter(property = "docsdk.overrides")
  protected File overrides;

  /**
   * The folder links and symbolic links in the docs may lead into; a link leaving it is not
   * followed (a warning). By default the top of the git work tree holding the docs folder (a docs
   * repository, so links between its products and to its common pages work), else the docs folder.
   */
  @Parameter(property = "docsdk.linkRoot")
  protected File linkRoot;

  /** Several services in one execution; when set, the single-service parameters must be unset. */
  @Parameter
  protected List<ServiceConfig> services;

  /** Fail the build on warnings in the docs, not only on errors (notes never fail it). */
  @Parameter(property = "docsdk.strict", defaultValue = "false")
  protected boolean strict;

  /**
   * Lint levels per diagnostic code, on top of the docs folder's {@code docsdk-lint.json}:
   * {@code <rules><BOLD_IN_ERROR_ROW>off</BOLD_IN_ERROR_ROW></rules>} ({@code off|note|warning|error}).
   */
  @Parameter
  protected Map<String, String> rules;

  /** Skip the goal. */
  @Parameter(property = "docsdk.skip", defaultValue = "false")
  protected boolean skip;

  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  protected File basedir;

  /** {@link #linkRoot} as an absolute path, or null for the default. */
  protected Path linkRootPath() {
    return linkRoot == null ? null : linkRoot.toPath().toAbsolutePath().normalize();
  }

  /** Bound from {@code <package>}: {@code package} is a Java keyword, so no field has the name. */
  public void setPackage(String value) {
    this.packageName = value;
  }

  /**
   * Logs every diagnostic with an absolute {@code path:line:column}, so IDEs and terminals link
   * straight to the doc line, then the one-line summary.
   */
  protected void report(GenerateResult result) {
    reportDiagnostics(result);
    getLog().info(result.summary());
  }

  /**
   * Logs every diagnostic with an absolute {@code path:line:column}: those that fail the run at
   * ERROR (so {@code mvn -q} still shows them), other warnings at WARN, notes at INFO, repeated
   * notes of one code on one page once with a count.
   */
  protected void reportDiagnostics(GenerateResult result) {
    Log log = getLog();
    Set<Diagnostic> causes = new HashSet<>(result.causes());
    for (NoteGroups.Line shown : NoteGroups.collapse(result.diagnostics())) {
      Diagnostic d = shown.first();
      String line = result.formatAbsolute(d) + shown.suffix();
      if (d.isError() || causes.contains(d)) {
        log.error(line);
      } else if (d.isWarning()) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
  }

  /** How many of the diagnostics that failed a run are quoted in the failure message. */
  private static final int CAUSES_IN_MESSAGE = 5;

  /** The run's failure sentence, then its first causes with their absolute locations. */
  protected static String failureWithCauses(GenerateResult result, String failure) {
    StringBuilder s = new StringBuilder(failure);
    List<Diagnostic> causes = result.causes();
    causes.stream().limit(CAUSES_IN_MESSAGE).forEach(d -> s.append("\n  ").append(result.formatAbsolute(d)));
    if (causes.size() > CAUSES_IN_MESSAGE) {
      s.append("\n  ... and ").append(causes.size() - CAUSES_IN_MESSAGE).append(" more (see the log)");
    }
    return s.toString();
  }
}
