package io.github.docsdk.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * Identifies the plugin build for the fingerprint: a release is its version; a snapshot also
 * names the size and time of docsdk's own jars, which change with every rebuild of the plugin.
 */
final class PluginStamp {

  private PluginStamp() {}

  static String of(MojoExecution execution) {
    PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
    StringBuilder stamp = new StringBuilder(plugin.getId());
    if (plugin.getVersion() != null && plugin.getVersion().endsWith("-SNAPSHOT")) {
      if (plugin.getPluginArtifact() != null) {
        append(stamp, plugin.getPluginArtifact());
      }
      if (plugin.getArtifacts() != null) {
        for (Artifact a : plugin.getArtifacts()) {
          if ("io.github.docsdk".equals(a.getGroupId())) {
            append(stamp, a);
          }
        }
      }
    }
    return stamp.toString();
  }

  private static void append(StringBuilder stamp, Artifact artifact) {
    File file = artifact.getFile();
    stamp.append(';').append(artifact.getId());
    if (file != null && file.isFile()) {
      stamp.append('@').append(file.length()).append('/').append(file.lastModified());
    } else if (file != null && file.isDirectory()) {
      // In a reactor build before packaging, a module resolves to its classes folder.
      stamp.append('@').append(newestIn(file.toPath()));
    }
  }

  private static String newestIn(Path dir) {
    long newest = 0;
    long count = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
        count++;
      }
    } catch (IOException | UncheckedIOException e) {
      return "unreadable-" + System.nanoTime(); // never matches: regenerate rather than guess
    }
    return count + "/" + newest;
  }
}
