package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks of examples against the rest of the docs: examples without a body (the table
 * cross-check cannot run), request examples that leave out required members, and examples that
 * post to another service's path.
 */
final class ExampleRules {

  private static final String PATH_PREFIX = "/api/v2/";

  private ExampleRules() {}

  static void check(Service service, Diags d) {
    String own = ownService(service);
    for (Operation op : service.operations()) {
      for (Example ex : op.examples()) {
        if (ex.request().isBlank() && ex.response().isBlank()) {
          d.report(ex.location(), DiagnosticCode.EXAMPLE_EMPTY, "example of " + op.name()
              + " has a header but no request or response body", "nothing to check the tables against");
          continue;
        }
        Optional<String> posted = serviceOf(ex.host());
        if (own != null && posted.isPresent() && !posted.get().equals(own)) {
          d.report(ex.location(), DiagnosticCode.EXAMPLE_FOREIGN_HOST, "example of " + op.name() + " posts to "
              + PATH_PREFIX + posted.get() + " (Host: " + ex.host().strip() + "), the service's pages post to "
              + PATH_PREFIX + own, "the SDK posts to " + PATH_PREFIX + own);
        }
        missingRequired(service, op, ex, d);
      }
    }
  }

  /** The service path most examples post to; null when none names one. */
  static String ownService(Service service) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Operation op : service.operations()) {
      op.examples().stream().map(e -> serviceOf(e.host())).flatMap(Optional::stream).distinct()
          .forEach(s -> counts.merge(s, 1, Integer::sum));
    }
    if (counts.containsKey(service.name())) {
      return service.name();
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  static Optional<String> serviceOf(String host) {
    int at = host.indexOf(PATH_PREFIX);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = host.substring(at + PATH_PREFIX.length()).strip();
    int end = 0;
    while (end < rest.length() && rest.charAt(end) != '/' && !Character.isWhitespace(rest.charAt(end))) {
      end++;
    }
    return end == 0 ? Optional.empty() : Optional.of(rest.substring(0, end));
  }

  private static void missingRequired(Service service, Operation op, Example ex, Diags d) {
    if (ex.request().isBlank()) {
      return;
    }
    JsonLite.Result parsed = JsonLite.parse(ex.request());
    if (!parsed.ok() || parsed.value().kind != JsonLite.Kind.OBJECT) {
      return; // unreadable examples are reported as such
    }
    List<String> missing = new ArrayList<>();
    collect(service, op.request(), parsed.value(), "", missing, 0);
    if (!missing.isEmpty()) {
      d.report(ex.location(), DiagnosticCode.EXAMPLE_MISSING_REQUIRED, "request example of " + op.name()
          + " leaves out required " + (missing.size() == 1 ? "member " : "members ") + String.join(", ", missing),
          "example kept; the SDK still requires them");
    }
  }

  private static void collect(Service service, List<Member> members, JsonLite.Value object, String path,
      List<String> missing, int depth) {
    Map<String, JsonLite.Value> byLowerName = new TreeMap<>();
    object.fields.values().forEach(f -> byLowerName.put(f.name().toLowerCase(Locale.ROOT), f.value()));
    for (Member m : members) {
      JsonLite.Value value = byLowerName.get(m.name().toLowerCase(Locale.ROOT));
      if (value == null) {
        if (m.required()) {
          missing.add(path + m.name());
        }
        continue;
      }
      if (depth >= 4) {
        continue;
      }
      TypeRef type = m.type().isList() ? m.type().element() : m.type();
      if (type.kind() != TypeRef.Kind.STRUCTURE) {
        continue;
      }
      Optional<Shape> shape = service.shape(type.shape());
      if (shape.isEmpty() || !(shape.get() instanceof StructureShape s)) {
        continue;
      }
      if (value.kind == JsonLite.Kind.OBJECT) {
        collect(service, s.members(), value, path + m.name() + ".", missing, depth + 1);
      } else if (value.kind == JsonLite.Kind.ARRAY && !value.items.isEmpty()
          && value.items.get(0).kind == JsonLite.Kind.OBJECT) {
        collect(service, s.members(), value.items.get(0), path + m.name() + "[0].", missing, depth + 1);
      }
    }
  }
}
