package io.github.docsdk.maven;

import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.GeneratedOutput;
import io.github.docsdk.generate.Generator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Java SDK of one or more services from their Markdown docs, adds it as a compile
 * source root and the model JSON as a resource.
 *
 * <p>Incremental: when the fingerprint of all inputs (every file under the docs folders, the
 * overrides, the configuration and the plugin build) equals the last successful run's, and its
 * output is still in place, nothing is read or written. Otherwise the output is regenerated
 * through a staging folder: unchanged files keep their timestamps, stale files are removed, and
 * errors in the docs (or warnings, under {@code strict}) fail the build before anything is written.
 *
 * <p>The name lock ({@code lockFile}, by default {@code docsdk-lock.json} in the docs folder) is
 * read and, when the docs need new names, updated in place: it belongs in version control next to
 * the docs. With {@code frozenLock} (for CI) a build that would change it fails instead. The lock
 * is part of the fingerprint, read after the run wrote it, so a build right after one that
 * updated it is still a no-op.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractDocsdkMojo {

  /** Bumped when the fingerprint's layout changes, so old state never matches. */
  private static final String STATE_FORMAT = "docsdk-state-2";

  /** Where the Java sources go; added as a compile source root. */
  @Parameter(
      property = "docsdk.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/docsdk")
  private File outputDirectory;

  /** Where the model JSON goes ({@code META-INF/docsdk/<service>-<apiVersion>.json}). */
  @Parameter(
      property = "docsdk.resourceDirectory",
      defaultValue = "${project.build.directory}/generated-resources/docsdk")
  private File resourceDirectory;

  /**
   * The name lock of a single service; by default {@code docsdk-lock.json} in its docs folder
   * (with several services, each uses its own docs folder's).
   */
  @Parameter(property = "docsdk.lockFile")
  private File lockFile;

  /** Fail instead of updating the name lock when the docs need a change to it (for CI). */
  @Parameter(property = "docsdk.frozenLock", defaultValue = "false")
  private boolean frozenLock;

  /** Whether to write the model JSON and add it as a resource. */
  @Parameter(property = "docsdk.writeModel", defaultValue = "true")
  private boolean writeModel;

  /** Where the fingerprint of the last successful run is kept. */
  @Parameter(defaultValue = "${project.build.directory}/docsdk-state", readonly = true)
  private File stateDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docsdk: skipped (docsdk.skip)");
      return;
    }
    long start = System.nanoTime();
    List<ResolvedService> resolved =
        new ServiceResolver(basedir.toPath(), true, null)
            .resolve(services, docs, service, apiVersion, packageName, overrides);
    Path sources = outputDirectory.toPath().toAbsolutePath().normalize();
    Path resources = writeModel ? resourceDirectory.toPath().toAbsolutePath().normalize() : null;
    addRoots(sources, resources);

    if (lockFile != null && resolved.size() > 1) {
      throw new MojoExecutionException("docsdk configuration: lockFile names the lock of a single service; with"
          + " <services> each service keeps docsdk-lock.json in its own docs folder");
    }
    List<GenerateRequest> requests = new ArrayList<>();
    for (ResolvedService s : resolved) {
      requests.add(
          GenerateRequest.builder()
              .docsRoot(s.docs())
              .service(s.name())
              .apiVersion(s.apiVersion())
              .basePackage(s.basePackage())
              .sourceOutput(sources)
              .resourceOutput(resources)
              .overrides(s.overrides())
              .strict(strict)
              .lockFile(lockFile == null ? null : lockFile.toPath().toAbsolutePath().normalize())
              .frozenLock(frozenLock)
              .rules(rules)
              .linkRoot(linkRootPath())
              .build());
    }
    Path stateFile = stateDirectory.toPath().resolve(mojoExecution.getExecutionId() + ".state");
    try {
      Optional<BuildState> previous = BuildState.read(stateFile);
      String inputs = fingerprint(requests);
      if (previous.isPresent()
          && previous.get().fingerprint().equals(
              combined(inputs, previous.get().externalInputs(), requests))
          && allIntact(requests)) {
        for (String summary : previous.get().summaries()) {
          getLog().info(summary + " (up to date)");
        }
        getLog().info("docsdk: up to date, nothing written (" + millisSince(start) + " ms)");
        return;
      }
      // A run that fails half-way must not look up to date next time.
      BuildState.delete(stateFile);
      generateAll(requests, stateFile, inputs);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("docsdk: I/O error: " + e.getMessage(), e);
    }
  }

  /** Checks every service before writing any, so a broken doc leaves all output as it was. */
  private void generateAll(List<GenerateRequest> requests, Path stateFile, String inputs)
      throws IOException, MojoFailureException, MojoExecutionException {
    List<Generator.Prepared> prepared = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (GenerateRequest request : requests) {
      Generator.Prepared p;
      try {
        p = Generator.prepare(request);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("docsdk configuration: " + e.getMessage(), e);
      }
      prepared.add(p);
      reportDiagnostics(p.result());
      if (p.failed()) {
        getLog().info(p.result().summary());
        failures.add(failureWithCauses(p.result(), p.result().failureMessage()));
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("\n", failures));
    }
    List<String> summaries = new ArrayList<>();
    Set<Path> external = new TreeSet<>();
    for (int i = 0; i < prepared.size(); i++) {
      Generator.Prepared p = prepared.get(i);
      Path lock = requests.get(i).effectiveLockFile();
      byte[] lockBefore = Files.isRegularFile(lock) ? Files.readAllBytes(lock) : null;
      GenerateResult result = p.write();
      if (Files.isRegularFile(lock) && !Arrays.equals(lockBefore, Files.readAllBytes(lock))) {
        getLog().info("docsdk: name lock " + (lockBefore == null ? "written" : "updated") + ": " + lock
            + " (commit it with the docs)");
      }
      external.addAll(result.externalInputs());
      getLog().info(result.summary());
      getLog().debug("docsdk: " + result.service() + ": " + result.filesWritten() + " written, "
          + result.filesRemoved() + " removed, " + result.filesUnchanged() + " unchanged");
      summaries.add(result.summary());
    }
    List<Path> externalInputs = List.copyOf(external);
    new BuildState(combined(inputs, externalInputs, requests), externalInputs, summaries).write(stateFile);
  }

  /**
   * Covers the configuration and every file under the docs folders; taken before generating, so
   * docs edited during a run differ from what is recorded and the next build regenerates.
   */
  private String fingerprint(List<GenerateRequest> requests) throws IOException {
    Fingerprint fp = Fingerprint.start(STATE_FORMAT).text(PluginStamp.of(mojoExecution));
    fp.text(Boolean.toString(strict)).text(Boolean.toString(frozenLock)).text(String.valueOf(requests.size()));
    fp.text(rules == null ? null : new java.util.TreeMap<>(rules).toString());
    for (GenerateRequest r : requests) {
      fp.text(r.service())
          .text(r.apiVersion())
          .text(r.basePackage())
          .text(r.docsRoot().toString())
          .text(r.sourceOutput().toString())
          .text(r.resourceOutput() == null ? null : r.resourceOutput().toString())
          .text(r.overrides() == null ? null : r.overrides().toString())
          .file(r.overrides())
          .text(r.effectiveLockFile().toString())
          .text(r.linkRoot() == null ? null : r.linkRoot().toString())
          .tree(r.docsRoot(), r.effectiveLockFile());
    }
    return fp.hex();
  }

  /**
   * Adds the files outside the docs folders that a run read (shared pages it links to) and the
   * name locks as they are now (after a run, as it wrote them).
   */
  private static String combined(String inputs, List<Path> externalInputs, List<GenerateRequest> requests)
      throws IOException {
    Fingerprint fp = Fingerprint.start(STATE_FORMAT).text(inputs);
    for (GenerateRequest r : requests) {
      fp.file(r.effectiveLockFile());
    }
    fp.text(String.valueOf(externalInputs.size()));
    for (Path input : externalInputs) {
      fp.text(input.toString()).file(input);
    }
    return fp.hex();
  }

  private static boolean allIntact(List<GenerateRequest> requests) throws IOException {
    for (GenerateRequest r : requests) {
      if (!GeneratedOutput.intact(r)) {
        return false;
      }
    }
    return true;
  }

  /** Registers the output folders with the build, also when nothing needed generating. */
  private void addRoots(Path sources, Path resources) {
    project.addCompileSourceRoot(sources.toString());
    if (resources == null) {
      return;
    }
    String dir = resources.toString();
    boolean known = project.getResources().stream().anyMatch(r -> dir.equals(r.getDirectory()));
    if (!known) {
      Resource resource = new Resource();
      resource.setDirectory(dir);
      resource.addExclude(".docsdk/**"); // the generator's bookkeeping, not for the jar
      project.addResource(resource);
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
