package io.github.docsdk.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.spec.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * SARIF 2.1.0, so code-scanning UIs annotate the doc pages: one run per docs folder, the whole
 * catalogue as {@code tool.driver.rules}, one result per finding with a physical location whose
 * URI is relative to the docs root ({@code uriBaseId} {@code DOCSROOT}).
 */
public final class Sarif {

  /** One docs folder's findings. */
  public record Run(Path docsRoot, List<Diagnostic> diagnostics) {}

  static final String BASE_ID = "DOCSROOT";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Sarif() {}

  /** The log; {@code toolVersion} may be null (left out). */
  public static String write(List<Run> runs, String toolVersion) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ArrayNode out = log.putArray("runs");
    for (Run run : runs) {
      out.add(run(run, toolVersion));
    }
    try {
      return MAPPER.writeValueAsString(log) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode run(Run run, String toolVersion) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode driver = node.putObject("tool").putObject("driver");
    driver.put("name", "docsdk");
    if (toolVersion != null) {
      driver.put("version", toolVersion);
    }
    ArrayNode rules = driver.putArray("rules");
    for (DiagnosticCode c : DiagnosticCode.values()) {
      ObjectNode r = rules.addObject();
      r.put("id", c.name());
      r.putObject("shortDescription").put("text", c.meaning());
      r.putObject("fullDescription").put("text", c.meaning() + "; docsdk: " + c.handling());
      r.putObject("help").put("text", "What docsdk does: " + c.handling() + ". Example: " + c.example());
      r.putObject("defaultConfiguration").put("level", c.severity().label());
    }
    String base = run.docsRoot().toAbsolutePath().normalize().toUri().toString();
    node.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", base.endsWith("/") ? base : base + "/");
    ArrayNode results = node.putArray("results");
    for (Diagnostic d : run.diagnostics()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", d.code());
      DiagnosticCode.of(d.code()).ifPresent(c -> r.put("ruleIndex", c.ordinal()));
      r.put("level", d.severity().label());
      r.putObject("message").put("text", d.action().isEmpty() ? d.message() : d.message() + " (" + d.action() + ")");
      String file = d.location().file();
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri(file));
      artifact.put("uriBaseId", BASE_ID);
      if (d.location().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.location().line());
        region.put("startColumn", Math.max(1, d.location().column()));
      }
    }
    return node;
  }

  /** A relative URI reference for a docs-relative path ({@code .} or empty: the folder itself). */
  static String uri(String file) {
    String path = file.isEmpty() || file.equals(".") ? "./" : file;
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
