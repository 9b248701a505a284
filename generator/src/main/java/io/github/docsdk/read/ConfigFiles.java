package io.github.docsdk.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the JSON files that sit beside the docs (overrides, name lock, lint levels) within
 * {@link InputLimits#MAX_CONFIG_BYTES}: a docs tree may be hostile, and these are in it.
 */
public final class ConfigFiles {

  private ConfigFiles() {}

  /**
   * The file's text (UTF-8, malformed bytes replaced).
   *
   * @throws UncheckedIOException when it cannot be read or is above the limit (read no further)
   */
  public static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(InputLimits.MAX_CONFIG_BYTES + 1);
      if (bytes.length > InputLimits.MAX_CONFIG_BYTES) {
        throw new IOException(file + " is larger than " + InputLimits.MAX_CONFIG_BYTES / (1024 * 1024)
            + " MiB; docsdk does not read it");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
