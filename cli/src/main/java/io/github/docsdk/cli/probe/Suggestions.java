package io.github.docsdk.cli.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The overrides file (the corrections format, with a {@code why} per entry) that would make the
 * model match what the service replied.
 */
public final class Suggestions {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Suggestions() {}

  /** The file's text; {@code {}} when nothing can be suggested. */
  public static String write(List<Finding> findings) {
    ObjectNode root = JSON.createObjectNode();
    for (Finding f : findings) {
      Finding.Suggestion s = f.suggestion();
      if (s == null) {
        continue;
      }
      ObjectNode owner = root.withObjectProperty(s.section()).withObjectProperty(s.owner());
      ObjectNode members = s.side() == null ? owner : owner.withObjectProperty(s.side());
      ObjectNode entry = members.putObject(s.member());
      if (s.add()) {
        entry.put("add", true);
      }
      entry.put("type", s.type());
      entry.put("why", s.why());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ObjectNode always serialises", e);
    }
  }
}
