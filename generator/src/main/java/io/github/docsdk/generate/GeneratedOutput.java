package io.github.docsdk.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Questions about what an earlier run left in the output folders. */
public final class GeneratedOutput {

  private GeneratedOutput() {}

  /**
   * Whether the files that the last run for this request's service recorded are all still in
   * place. Build tools that skip unchanged inputs ask this too, so that deleting the output folder
   * (without deleting their own state) still brings the output back.
   */
  public static boolean intact(GenerateRequest request) throws IOException {
    if (!intact(request.sourceOutput(), request.service())) {
      return false;
    }
    return request.resourceOutput() == null
        || intact(request.resourceOutput(), request.service());
  }

  private static boolean intact(Path root, String owner) throws IOException {
    Path manifest = root.resolve(OutputWriter.STATE_DIR).resolve(owner + ".files");
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    Set<String> files = OutputWriter.readManifest(manifest);
    for (String rel : files) {
      if (!Files.isRegularFile(root.resolve(rel))) {
        return false;
      }
    }
    return true;
  }
}
