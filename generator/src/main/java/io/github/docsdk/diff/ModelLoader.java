package io.github.docsdk.diff;

import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads one side of a diff: a docs folder (parsed), a model JSON file, or a jar (or zip) that
 * carries {@code META-INF/docsdk/<service>-<apiVersion>.json}, as SDK jars built by docsdk do.
 */
public final class ModelLoader {

  /** Where generated SDK jars keep their model. */
  public static final String JAR_MODEL_DIR = "META-INF/docsdk/";

  /**
   * A loaded model.
   *
   * @param service the model
   * @param diagnostics what parsing docs found (empty for model files)
   * @param origin what was read, for messages (e.g. {@code sdk.jar!/META-INF/docsdk/bmc-1.json})
   * @param keptByLock for docs read with a name lock: the names it kept that the docs alone would
   *     have changed (see {@link LockedNames})
   */
  public record Loaded(Service service, List<Diagnostic> diagnostics, String origin, List<String> keptByLock) {
    public Loaded {
      Objects.requireNonNull(service, "service");
      diagnostics = List.copyOf(diagnostics);
      keptByLock = keptByLock == null ? List.of() : List.copyOf(keptByLock);
    }

    public Loaded(Service service, List<Diagnostic> diagnostics, String origin) {
      this(service, diagnostics, origin, List.of());
    }
  }

  private final BiFunction<Path, ParseOptions, ParseResult> docsParser;

  /**
   * @param docsParser how to read a docs folder, normally {@code DocsParser::parse}
   */
  public ModelLoader(BiFunction<Path, ParseOptions, ParseResult> docsParser) {
    this.docsParser = Objects.requireNonNull(docsParser, "docsParser");
  }

  /**
   * Reads {@code path}.
   *
   * @param service for a docs folder: the service name to give the model; for a jar with several
   *     models: which one to take (may be null when there is only one)
   * @param apiVersion for a docs folder: the API version to give the model
   * @param overrides for a docs folder: an overrides file, or null for the folder's own
   */
  public Loaded load(Path path, String service, String apiVersion, Path overrides)
      throws ModelLoadException {
    return load(path, service, apiVersion, overrides, null);
  }

  /**
   * As {@link #load(Path, String, String, Path)}, reading a docs folder with the given name lock
   * (null: the folder's own {@code docsdk-lock.json}, if any).
   */
  public Loaded load(Path path, String service, String apiVersion, Path overrides, Path lock)
      throws ModelLoadException {
    return load(path, service, apiVersion, overrides, lock, null);
  }

  /**
   * As {@link #load(Path, String, String, Path, Path)}, following links in a docs folder only
   * inside {@code linkRoot} (null: the default link root, see {@link ParseOptions#linkRoot()}).
   */
  public Loaded load(Path path, String service, String apiVersion, Path overrides, Path lock, Path linkRoot)
      throws ModelLoadException {
    if (Files.isDirectory(path)) {
      return docs(path, service, apiVersion, overrides, lock, linkRoot);
    }
    if (!Files.isRegularFile(path)) {
      throw new ModelLoadException(path + ": no such file or directory");
    }
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".jar") || name.endsWith(".zip")) {
      return jar(path, service);
    }
    try {
      return new Loaded(read(Files.readString(path, StandardCharsets.UTF_8), path.toString()),
          List.of(), path.toString());
    } catch (IOException e) {
      throw new ModelLoadException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Loaded docs(Path dir, String service, String apiVersion, Path overrides, Path lock, Path linkRoot)
      throws ModelLoadException {
    String name = service != null ? service : String.valueOf(dir.toAbsolutePath().normalize().getFileName());
    String version = apiVersion != null ? apiVersion : "unversioned";
    try {
      ParseResult result = docsParser.apply(dir, new ParseOptions(name, version, overrides, lock, linkRoot));
      List<String> kept = List.of();
      if (!result.lock().previous().isEmpty()) {
        ParseResult fresh = docsParser.apply(dir, new ParseOptions(name, version, overrides, ParseOptions.NO_LOCK, linkRoot));
        kept = LockedNames.kept(result.service(), fresh.service());
      }
      return new Loaded(result.service(), result.diagnostics(), dir.toString(), kept);
    } catch (UncheckedIOException e) {
      throw new ModelLoadException(dir + ": cannot read docs: " + e.getCause().getMessage(), e);
    }
  }

  private static Loaded jar(Path jar, String service) throws ModelLoadException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> models = new ArrayList<>();
      Collections.list(zip.entries()).stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith(JAR_MODEL_DIR) && n.endsWith(".json"))
          .filter(n -> n.indexOf('/', JAR_MODEL_DIR.length()) < 0)
          .sorted()
          .forEach(models::add);
      if (service != null && models.size() > 1) {
        models.removeIf(n -> !n.substring(JAR_MODEL_DIR.length()).startsWith(service + "-"));
      }
      if (models.isEmpty()) {
        throw new ModelLoadException(
            jar + ": no " + JAR_MODEL_DIR + (service == null ? "" : service + "-") + "*.json model inside");
      }
      if (models.size() > 1) {
        throw new ModelLoadException(
            jar + ": several models inside, choose one with the service name: " + models);
      }
      String entry = models.get(0);
      try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
        String origin = jar + "!/" + entry;
        return new Loaded(read(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin),
            List.of(), origin);
      }
    } catch (IOException e) {
      throw new ModelLoadException(jar + ": not a readable jar: " + e.getMessage(), e);
    }
  }

  private static Service read(String json, String origin) throws ModelLoadException {
    try {
      return ModelJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(origin + ": " + e.getMessage(), e);
    }
  }
}
