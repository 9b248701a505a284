package io.github.docsdk.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Diagnostic;
import java.util.List;

/**
 * {@code lint --format json}: one object per finding ({@code file} relative to the docs root,
 * {@code line}, {@code column}, {@code severity}, {@code code}, {@code message}, {@code action}).
 */
public final class LintJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LintJson() {}

  public static String write(List<Diagnostic> diagnostics) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode n = list.addObject();
      n.put("file", d.location().file());
      n.put("line", d.location().line());
      n.put("column", d.location().column());
      n.put("severity", d.severity().label());
      n.put("code", d.code());
      n.put("message", d.message());
      n.put("action", d.action());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
