package io.github.docsdk.maven;

import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.lint.Sarif;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks docs without generating anything, for doc writers' CI: every oddity is logged with its
 * absolute {@code path:line:column}; errors (and warnings, under {@code strict}) fail the build.
 * Runs without a project too: {@code mvn io.github.docsdk:docsdk-maven-plugin:lint
 * -Ddocsdk.docs=... -Ddocsdk.service=bmc}.
 */
@Mojo(
    name = "lint",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public class LintMojo extends AbstractDocsdkMojo {

  /** Lint needs no real version: it only names the model. */
  private static final String ANY_VERSION = "unversioned";

  /** Also write the findings as SARIF 2.1.0 to this file (for code-scanning UIs). */
  @Parameter(property = "docsdk.lint.sarif")
  private File sarif;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docsdk: lint skipped (docsdk.skip)");
      return;
    }
    List<ResolvedService> resolved =
        new ServiceResolver(basedir.toPath(), false, ANY_VERSION)
            .resolve(services, docs, service, apiVersion, packageName, overrides);
    List<String> failures = new ArrayList<>();
    List<Sarif.Run> runs = new ArrayList<>();
    for (ResolvedService s : resolved) {
      GenerateResult result;
      try {
        result = Generator.lint(s.docs(), s.name(), s.apiVersion(), s.overrides(), strict, rules, linkRootPath());
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException("docsdk: I/O error: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("docsdk configuration: " + e.getMessage(), e);
      }
      report(result);
      runs.add(new Sarif.Run(s.docs(), result.diagnostics()));
      if (result.failed()) {
        failures.add(failureWithCauses(result,
            result.failureMessage().replace("nothing was generated", "lint failed")));
      }
    }
    if (sarif != null) {
      writeSarif(runs);
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("\n", failures));
    }
  }

  private void writeSarif(List<Sarif.Run> runs) throws MojoExecutionException {
    Path file = sarif.toPath().isAbsolute() ? sarif.toPath() : basedir.toPath().resolve(sarif.toPath());
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, Sarif.write(runs, getClass().getPackage().getImplementationVersion()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("docsdk: cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("docsdk: SARIF written to " + file);
  }
}
