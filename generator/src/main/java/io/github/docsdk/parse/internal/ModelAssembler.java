package io.github.docsdk.parse.internal;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the service model from every page's contribution: unique shape names, resolved types and
 * enums, cross-checks with the examples and the corrections they justify, error consistency.
 */
public final class ModelAssembler {

  private final Diags d;
  private final LockSession lock;

  public ModelAssembler(Diags d) {
    this(d, LockSession.fresh());
  }

  /** @param lock the name lock inline enums are named through */
  public ModelAssembler(Diags d, LockSession lock) {
    this.d = d;
    this.lock = lock;
  }

  public Service assemble(String service, String apiVersion, List<Raw.Page> pages, List<ErrorCode> commonErrors,
      Set<String> files) {
    List<Raw.Operation> rawOps = operations(pages);
    List<Raw.Shape> rawShapes = new ArrayList<>();
    pages.forEach(p -> rawShapes.addAll(p.shapes()));
    ShapeIndex index = new ShapeIndex(rawShapes, files, d);

    Set<String> reserved = new HashSet<>();
    index.defs().forEach(def -> reserved.add(def.name().toLowerCase(Locale.ROOT)));
    rawOps.forEach(op -> {
      reserved.add((op.name() + "Request").toLowerCase(Locale.ROOT));
      reserved.add((op.name() + "Response").toLowerCase(Locale.ROOT));
    });
    TypeResolver resolver = new TypeResolver(index, reserved, d);

    Map<String, Shape> shapes = new TreeMap<>();
    Map<String, List<String>> enumSections = new TreeMap<>();
    Map<String, ShapeIndex.Def> outside = new TreeMap<>();
    for (ShapeIndex.Def def : index.defs()) {
      if (def.raw() instanceof Raw.Enum e) {
        shapes.put(def.name(), new EnumShape(def.name(), e.description(), e.values(), e.location()));
        enumSections.put(def.name(), e.values().stream().map(v -> v.value()).toList());
      } else if (def.raw() instanceof Raw.Structure s) {
        if (s.file().startsWith("../")) {
          outside.put(def.name(), def); // another product's page: read only what a link brings in
        } else {
          shapes.put(def.name(), structure(def, s, resolver));
        }
      }
    }
    List<Operation> ops = new ArrayList<>();
    for (Raw.Operation op : rawOps) {
      JsonLite.Value request = firstBody(op, true);
      JsonLite.Value response = firstBody(op, false);
      List<Member> req = new ArrayList<>();
      op.request().forEach(m -> req.add(resolver.resolve(m, op.file(), op.name(), op.name() + ".request",
          field(request, m.name()))));
      List<Member> resp = new ArrayList<>();
      op.response().forEach(m -> resp.add(resolver.resolve(m, op.file(), op.name(), op.name() + ".response",
          field(response, m.name()))));
      ops.add(new Operation(op.name(), op.name(), op.description(), op.notes(), req, resp, dedupeErrors(op.errors()),
          op.examples().stream().map(RawExample::toExample).toList(), op.location()));
    }
    bringIn(outside, shapes, ops, resolver);
    resolver.synthesized().forEach((name, s) -> {
      if (s != null) {
        shapes.put(name, s);
      }
    });
    Set<String> taken = new HashSet<>(reserved);
    shapes.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    EnumNamer.Result named = EnumNamer.name(resolver.occurrences(), enumSections, taken, lock);
    named.shapes().forEach(e -> shapes.put(e.name(), e));
    Corrections fix = new Corrections(named.names(), Map.of(), Map.of());
    fixAll(shapes, ops, fix);

    ExampleChecker checker = new ExampleChecker(shapes, d);
    Map<String, Raw.Operation> rawByName = new LinkedHashMap<>();
    rawOps.forEach(o -> rawByName.put(o.name(), o));
    for (Operation op : ops) {
      checker.check(op, rawByName.get(op.name()).examples());
    }
    Map<ExampleChecker.Key, TypeRef> types = checker.finish();
    Map<ExampleChecker.Key, String> renames = checker.renames();
    reportUpperCase(shapes, ops, renames);
    fixAll(shapes, ops, new Corrections(Map.of(), types, renames));
    ErrorChecks.check(ops, commonErrors, d);

    ops.sort(Comparator.comparing(Operation::name));
    recordEnums(named, ops, shapes);
    return new Service(service, apiVersion, ops, new ArrayList<>(shapes.values()), sortedCommon(commonErrors));
  }

  /** Lock entries for the inline enums of members the service reaches (the rest leave the model). */
  private void recordEnums(EnumNamer.Result named, List<Operation> ops, Map<String, Shape> shapes) {
    Set<String> reached = Reachable.names(ops, new ArrayList<>(shapes.values()));
    Set<String> owners = new HashSet<>(reached);
    ops.forEach(op -> {
      owners.add(op.name() + ".request");
      owners.add(op.name() + ".response");
    });
    named.byPath().forEach((path, name) -> {
      // a path is owner.member, the owner a shape name or Action.request / Action.response
      String owner = path.substring(0, path.lastIndexOf('.'));
      if (name != null && owners.contains(owner)) {
        lock.record(LockSession.ENUMS, path, name, named.where().get(path));
      }
    });
  }

  private static StructureShape structure(ShapeIndex.Def def, Raw.Structure s, TypeResolver resolver) {
    List<Member> members = new ArrayList<>();
    for (Raw.Member m : s.members()) {
      members.add(resolver.resolve(m, s.file(), def.name(), null));
    }
    return new StructureShape(def.name(), s.docName(), s.description(), members, s.location());
  }

  /**
   * Resolves the structures of pages outside the docs folder that the service reaches, and only
   * those, so a shape nobody links to neither enters the model nor reports diagnostics here.
   */
  private static void bringIn(Map<String, ShapeIndex.Def> outside, Map<String, Shape> shapes, List<Operation> ops,
      TypeResolver resolver) {
    while (!outside.isEmpty()) {
      Set<String> reached = Reachable.names(ops, new ArrayList<>(shapes.values()));
      List<String> wanted = outside.keySet().stream().filter(reached::contains).toList();
      if (wanted.isEmpty()) {
        return;
      }
      for (String name : wanted) {
        ShapeIndex.Def def = outside.remove(name);
        shapes.put(name, structure(def, (Raw.Structure) def.raw(), resolver));
      }
    }
  }

  private List<Raw.Operation> operations(List<Raw.Page> pages) {
    Map<String, Raw.Operation> byName = new LinkedHashMap<>();
    for (Raw.Page p : pages) {
      Raw.Operation op = p.operation();
      if (op == null) {
        continue;
      }
      Raw.Operation first = byName.putIfAbsent(op.name(), op);
      if (first != null) {
        d.report(op.location(), DiagnosticCode.DUPLICATE_ACTION, "action " + op.name() + " is also documented in " + first.location(),
            "this page ignored");
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static JsonLite.Value firstBody(Raw.Operation op, boolean request) {
    for (RawExample ex : op.examples()) {
      String text = request ? ex.request() : ex.response();
      if (text.isEmpty()) {
        continue;
      }
      JsonLite.Result r = JsonLite.parse(text);
      if (r.ok() && r.value().kind == JsonLite.Kind.OBJECT) {
        JsonLite.Field inner = r.value().fields.get("response");
        if (!request && inner != null) {
          return inner.value();
        }
        return r.value();
      }
    }
    return null;
  }

  private static JsonLite.Value field(JsonLite.Value object, String name) {
    if (object == null) {
      return null;
    }
    JsonLite.Field f = object.fields.get(name);
    return f == null ? null : f.value();
  }

  private List<ErrorCode> dedupeErrors(List<ErrorCode> errors) {
    Map<String, ErrorCode> byCode = new LinkedHashMap<>();
    for (ErrorCode e : errors) {
      ErrorCode first = byCode.putIfAbsent(e.code(), e);
      if (first != null) {
        d.report(e.location(), DiagnosticCode.DUPLICATE_ERROR_CODE, "error code " + e.code() + " is listed twice (first at line "
            + first.location().line() + ")", "first row kept");
      }
    }
    return new ArrayList<>(byCode.values());
  }

  private static List<ErrorCode> sortedCommon(List<ErrorCode> errors) {
    Map<String, ErrorCode> byCode = new TreeMap<>();
    errors.forEach(e -> byCode.putIfAbsent(e.code(), e));
    return new ArrayList<>(byCode.values());
  }

  private void reportUpperCase(Map<String, Shape> shapes, List<Operation> ops, Map<ExampleChecker.Key, String> renames) {
    for (Shape s : shapes.values()) {
      if (s instanceof StructureShape st) {
        st.members().forEach(m -> upper(m, "shape:" + st.name(), renames));
      }
    }
    for (Operation op : ops) {
      op.request().forEach(m -> upper(m, "op:" + op.name() + ":request", renames));
      op.response().forEach(m -> upper(m, "op:" + op.name() + ":response", renames));
    }
  }

  private void upper(Member m, String owner, Map<ExampleChecker.Key, String> renames) {
    if (!m.name().isEmpty() && Character.isUpperCase(m.name().charAt(0))) {
      String to = renames.get(new ExampleChecker.Key(owner, m.name()));
      d.report(m.location(), DiagnosticCode.MEMBER_NAME_CASE, "field name \"" + m.name() + "\" starts with an upper-case letter",
          to == null ? "kept as written" : "renamed to " + to + " as the examples spell it");
    }
  }

  /** Enum names, type corrections and renames to apply to members. */
  private record Corrections(
      Map<String, String> enumNames, Map<ExampleChecker.Key, TypeRef> types, Map<ExampleChecker.Key, String> renames) {}

  private static void fixAll(Map<String, Shape> shapes, List<Operation> ops, Corrections fix) {
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      if (e.getValue() instanceof StructureShape s) {
        e.setValue(new StructureShape(s.name(), s.docName(), s.description(),
            fix(s.members(), "shape:" + s.name(), fix), s.location()));
      }
    }
    ops.replaceAll(op -> new Operation(op.name(), op.wireName(), op.description(), op.notes(),
        fix(op.request(), "op:" + op.name() + ":request", fix), fix(op.response(), "op:" + op.name() + ":response", fix),
        op.errors(), op.examples(), op.location()));
  }

  private static List<Member> fix(List<Member> members, String owner, Corrections fix) {
    List<Member> out = new ArrayList<>();
    for (Member m : members) {
      ExampleChecker.Key key = new ExampleChecker.Key(owner, m.name());
      TypeRef type = fix.types().getOrDefault(key, placeholders(m.type(), fix.enumNames()));
      String name = fix.renames().getOrDefault(key, m.name());
      out.add(new Member(name, type, m.required(), m.description(), m.location()));
    }
    return out;
  }

  static TypeRef placeholders(TypeRef t, Map<String, String> names) {
    if (t.kind() == TypeRef.Kind.LIST) {
      return TypeRef.listOf(placeholders(t.element(), names));
    }
    if (t.kind() == TypeRef.Kind.ENUM && t.shape().startsWith(TypeResolver.PLACEHOLDER)) {
      String name = names.get(t.shape());
      return name == null ? TypeRef.STRING : TypeRef.enumeration(name);
    }
    return t;
  }
}
