package io.github.docsdk.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.SourceLocation;

/**
 * Renders a {@link DiffReport} as JSON for tools. Fields are written in a fixed order and changes
 * in {@link Change#ORDER}, so equal reports give byte-identical text. Layout:
 *
 * <pre>{@code
 * { "docsdkDiff": 1, "old": "bmc 2022-11-20", "new": "bmc 2022-11-20",
 *   "summary": { "breaking": 1, "risky": 0, "compatible": 2, "docs": 0 },
 *   "suggestedBump": "major", "suggestedVersion": "2.0.0" (null without a previous version),
 *   "changes": [ { "impact": "breaking", "kind": "MEMBER_REMOVED",
 *                  "target": "DescribeImages.request.imageName", "before": "String", "after": "",
 *                  "location": null, "oldLocation": "bmc/describeimages.md:20:1" } ] }
 * }</pre>
 */
public final class JsonReport {

  /** Bumped when the layout changes incompatibly. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonReport() {}

  /** @param previousVersion for {@code suggestedVersion}; may be null */
  public static String render(DiffReport report, String previousVersion) {
    try {
      return WRITER.writeValueAsString(toTree(report, previousVersion)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen: a tree always serialises", e);
    }
  }

  public static ObjectNode toTree(DiffReport report, String previousVersion) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("docsdkDiff", FORMAT_VERSION);
    root.put("old", report.oldService());
    root.put("new", report.newService());
    ObjectNode summary = root.putObject("summary");
    for (Impact impact : Impact.values()) {
      summary.put(impact.id(), report.count(impact));
    }
    VersionSuggestion next = report.suggestVersion(previousVersion);
    root.put("suggestedBump", next.bump().id());
    root.put("suggestedVersion", next.nextVersion());
    root.put("reason", next.reason());
    ArrayNode changes = root.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("impact", c.impact().id());
      node.put("kind", c.kind().name());
      node.put("target", c.target());
      node.put("before", c.before());
      node.put("after", c.after());
      node.put("location", text(c.location()));
      node.put("oldLocation", text(c.oldLocation()));
    }
    ArrayNode kept = root.putArray("keptByLock");
    report.keptByLock().forEach(kept::add);
    return root;
  }

  private static String text(SourceLocation at) {
    return at == null ? null : at.toString();
  }
}
