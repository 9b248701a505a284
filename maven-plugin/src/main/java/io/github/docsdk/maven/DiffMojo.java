package io.github.docsdk.maven;

import io.github.docsdk.diff.Change;
import io.github.docsdk.diff.DiffReport;
import io.github.docsdk.diff.Impact;
import io.github.docsdk.diff.JsonReport;
import io.github.docsdk.diff.MarkdownReport;
import io.github.docsdk.diff.ModelDiff;
import io.github.docsdk.diff.ModelLoadException;
import io.github.docsdk.diff.ModelLoader;
import io.github.docsdk.generate.RequestChecks;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.spec.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Compares the current docs of a service with a baseline, the API the previous SDK was generated
 * from, and fails the build when a change would break SDK users, unless {@code allowBreaking}.
 * The baseline is a model JSON file or a jar carrying {@code META-INF/docsdk/*.json} (as SDK jars
 * built with docsdk do), or the previous SDK artifact's coordinates, resolved through Maven's
 * repositories. Writes the report as Markdown and JSON to {@code reportDirectory} (for a release
 * note or a pull-request comment) and logs each breaking and risky change.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractMojo {

  /** Docs folder of the service (the current API). */
  @Parameter(property = "docsdk.docs")
  File docs;

  /** Service name, e.g. {@code bmc}; also picks the model in a baseline jar carrying several. */
  @Parameter(property = "docsdk.service")
  String service;

  /** API version of the current docs, e.g. {@code 2022-11-20}. */
  @Parameter(property = "docsdk.apiVersion")
  String apiVersion;

  /** Overrides file for the current docs; by default the parser looks in the docs folder. */
  @Parameter(property = "docsdk.overrides")
  File overrides;

  /** The name lock the docs are read with; by default {@code docsdk-lock.json} in the docs folder. */
  @Parameter(property = "docsdk.lockFile")
  File lockFile;

  /**
   * The folder links and symbolic links in the docs may lead into; a link leaving it is not
   * followed (a warning). By default the top of the git work tree holding the docs folder (a docs
   * repository, so links between its products and to its common pages work), else the docs folder.
   */
  @Parameter(property = "docsdk.linkRoot")
  File linkRoot;

  /** Baseline as a file: a model JSON file, or a jar with {@code META-INF/docsdk/*.json}. */
  @Parameter(property = "docsdk.diff.baseline")
  File baseline;

  /**
   * Baseline as the previous SDK artifact, {@code groupId:artifactId:version} (or
   * {@code groupId:artifactId:extension:classifier:version}), resolved through the project's
   * repositories. Its version is the previous version for the suggested next one.
   */
  @Parameter(property = "docsdk.diff.baselineArtifact")
  String baselineArtifact;

  /** Report breaking changes without failing the build. */
  @Parameter(property = "docsdk.diff.allowBreaking", defaultValue = "false")
  boolean allowBreaking;

  /** Version of the SDK built from the baseline; defaults to the baseline artifact's version. */
  @Parameter(property = "docsdk.diff.previousVersion")
  String previousVersion;

  /** Also list changed descriptions in the report (never counted). */
  @Parameter(property = "docsdk.diff.docs", defaultValue = "false")
  boolean includeDocs;

  /** Where {@code <service>-diff.md} and {@code <service>-diff.json} are written. */
  @Parameter(property = "docsdk.diff.reportDirectory",
      defaultValue = "${project.build.directory}/docsdk-diff")
  File reportDirectory;

  /** Skip the goal. */
  @Parameter(property = "docsdk.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  File basedir;

  @Component RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docsdk: diff skipped");
      return;
    }
    Path docsPath = docs == null ? null : absolute(docs);
    checkConfiguration(docsPath);
    ModelLoader loader = new ModelLoader(DocsParser::parse);
    ModelLoader.Loaded old;
    ModelLoader.Loaded current;
    String previous = previousVersion;
    try {
      Path baselinePath;
      if (baseline != null) {
        baselinePath = absolute(baseline);
      } else {
        DefaultArtifact coordinates = coordinates(baselineArtifact);
        baselinePath = resolve(coordinates);
        previous = previous != null ? previous : coordinates.getVersion();
      }
      old = loader.load(baselinePath, service, null, null);
      current = loader.load(docsPath, service, apiVersion, overrides == null ? null : absolute(overrides),
          lockFile == null ? null : absolute(lockFile), linkRoot == null ? null : absolute(linkRoot));
    } catch (ModelLoadException e) {
      throw new MojoExecutionException("docsdk diff: " + e.getMessage(), e);
    }
    long docErrors = current.diagnostics().stream().filter(Diagnostic::isError).count();
    if (docErrors > 0) {
      getLog().warn("docsdk diff: the docs have " + docErrors
          + " errors, so the comparison may be incomplete; run the lint goal for details");
    }
    DiffReport report = ModelDiff.compare(old.service(), current.service(), includeDocs)
        .withKeptByLock(current.keptByLock());
    writeReports(report, previous);
    log(report, old.origin(), previous);
    if (report.hasBreaking() && !allowBreaking) {
      throw new MojoFailureException("docsdk diff: " + service + ": "
          + report.count(Impact.BREAKING) + " breaking change(s) against " + old.origin()
          + " (see " + reportFile("md") + "; set allowBreaking or -Ddocsdk.diff.allowBreaking=true"
          + " to release them anyway)");
    }
  }

  private void checkConfiguration(Path docsPath) throws MojoExecutionException {
    List<String> problems = new ArrayList<>();
    RequestChecks.docsProblem(docsPath).ifPresent(p -> problems.add(p + " (set <docs> or -Ddocsdk.docs)"));
    RequestChecks.serviceProblem(service)
        .ifPresent(p -> problems.add(p + " (set <service> or -Ddocsdk.service)"));
    RequestChecks.apiVersionProblem(apiVersion)
        .ifPresent(p -> problems.add(p + " (set <apiVersion> or -Ddocsdk.apiVersion)"));
    if ((baseline == null) == (baselineArtifact == null || baselineArtifact.isBlank())) {
      problems.add("configure exactly one baseline: <baseline> (-Ddocsdk.diff.baseline, a model"
          + " JSON file or SDK jar) or <baselineArtifact> (-Ddocsdk.diff.baselineArtifact,"
          + " groupId:artifactId:version of the previous SDK)");
    }
    if (!problems.isEmpty()) {
      throw new MojoExecutionException("docsdk diff configuration: " + String.join("; ", problems));
    }
  }

  private static DefaultArtifact coordinates(String text) throws MojoExecutionException {
    try {
      return new DefaultArtifact(text.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("docsdk diff: baselineArtifact '" + text
          + "' is not groupId:artifactId:version (or groupId:artifactId:extension:classifier:version)", e);
    }
  }

  private Path resolve(DefaultArtifact artifact) throws MojoExecutionException {
    if (repositorySystem == null || repositorySession == null) {
      throw new MojoExecutionException("docsdk diff: cannot resolve " + artifact + " outside a Maven build");
    }
    try {
      ArtifactRequest request = new ArtifactRequest(artifact, remoteRepositories, null);
      File file = repositorySystem.resolveArtifact(repositorySession, request).getArtifact().getFile();
      getLog().debug("docsdk diff: baseline " + artifact + " resolved to " + file);
      return file.toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("docsdk diff: cannot resolve baseline " + artifact + ": "
          + e.getMessage(), e);
    }
  }

  private void writeReports(DiffReport report, String previous) throws MojoExecutionException {
    try {
      Files.createDirectories(reportDirectory.toPath());
      Files.writeString(reportFile("md"), MarkdownReport.render(report, previous), StandardCharsets.UTF_8);
      Files.writeString(reportFile("json"), JsonReport.render(report, previous), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("docsdk diff: cannot write the report to " + reportDirectory
          + ": " + e.getMessage(), e);
    }
  }

  private Path reportFile(String extension) {
    return reportDirectory.toPath().resolve(service + "-diff." + extension);
  }

  private void log(DiffReport report, String against, String previous) {
    for (Change c : report.changes()) {
      String line = c.impact().id() + ": " + c.target() + ": " + c.summary()
          + (c.where() == null ? "" : " (" + location(c) + ")");
      switch (c.impact()) {
        case BREAKING -> getLog().error(line);
        case RISKY -> getLog().warn(line);
        default -> getLog().info(line);
      }
    }
    String next = report.suggestVersion(previous).nextVersion();
    getLog().info("docsdk diff: " + service + " against " + against + ": "
        + report.count(Impact.BREAKING) + " breaking, " + report.count(Impact.RISKY) + " risky, "
        + report.count(Impact.COMPATIBLE) + " compatible; suggested "
        + (next != null ? "next version " + next : "version step " + report.bump().id())
        + "; report " + reportFile("md"));
  }

  /** Absolute for changes in the docs, so IDEs link the line; as recorded for the baseline. */
  private String location(Change c) {
    if (c.location() != null && docs != null) {
      return absolute(docs).resolve(c.location().file()) + ":" + c.location().line() + ":"
          + c.location().column();
    }
    return "was at " + c.oldLocation();
  }

  private Path absolute(File file) {
    Path path = file.toPath();
    return (path.isAbsolute() ? path : basedir.toPath().resolve(path)).toAbsolutePath().normalize();
  }
}
