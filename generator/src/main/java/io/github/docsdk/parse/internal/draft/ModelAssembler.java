package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.parse.internal.page.Raw;
import io.github.docsdk.parse.internal.page.RawExample;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
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
import java.util.stream.Stream;

/**
 * Drafts the service model from every page's contribution: unique shape names, resolved types and
 * enums, cross-checks with the examples and the corrections they justify, error consistency, the
 * traits' defaults. The result is a {@link ModelDraft}: the overrides correct it, then the model is
 * built from it.
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

  /**
   * Resolves every page into {@link Draft}s, names the inline enums, checks the examples against
   * the drafts, and settles them into the model's draft, with the enum names, the corrections the
   * examples agree on and the default traits.
   */
  public ModelDraft assemble(String service, String apiVersion, List<Raw.Page> pages, List<ErrorCode> commonErrors,
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

    Map<String, Draft.Structure> structures = new TreeMap<>();
    Map<String, EnumShape> enums = new TreeMap<>();
    Map<String, List<String>> enumSections = new TreeMap<>();
    Map<String, ShapeIndex.Def> outside = new TreeMap<>();
    for (ShapeIndex.Def def : index.defs()) {
      if (def.raw() instanceof Raw.Enum e) {
        enums.put(def.name(), new EnumShape(def.name(), e.description(), e.values(), e.location()));
        enumSections.put(def.name(), e.values().stream().map(v -> v.value()).toList());
      } else if (def.raw() instanceof Raw.Structure s) {
        if (s.file().startsWith("../")) {
          outside.put(def.name(), def); // another product's page: read only what a link brings in
        } else {
          structures.put(def.name(), structure(def, s, resolver));
        }
      }
    }
    List<Draft.Operation> ops = new ArrayList<>();
    ExampleBodies bodies = new ExampleBodies();
    for (Raw.Operation op : rawOps) {
      JsonLite.Value request = firstBody(op, true, bodies);
      JsonLite.Value response = firstBody(op, false, bodies);
      List<Draft.Member> req = new ArrayList<>();
      op.request().forEach(m -> req.add(resolver.resolve(m, op.file(), Owner.request(op.name()), field(request, m.name()))));
      List<Draft.Member> resp = new ArrayList<>();
      op.response().forEach(m -> resp.add(resolver.resolve(m, op.file(), Owner.response(op.name()),
          field(response, m.name()))));
      ops.add(new Draft.Operation(op.name(), op.description(), op.notes(), req, resp, dedupeErrors(op.errors()),
          op.examples().stream().map(RawExample::toExample).toList(), op.location()));
    }
    bringIn(outside, structures, ops, resolver);
    resolver.synthesized().forEach((name, s) -> {
      if (s != null) {
        structures.put(name, synthesized(s));
      }
    });
    Set<String> taken = new HashSet<>(reserved);
    structures.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    enums.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    EnumNamer.Result named = EnumNamer.name(resolver.occurrences(), enumSections, taken, lock);
    named.shapes().forEach(e -> enums.put(e.name(), e));

    ExampleChecker checker = new ExampleChecker(structures, enums, named.names(), ops, bodies, d);
    Map<String, Raw.Operation> rawByName = new LinkedHashMap<>();
    rawOps.forEach(o -> rawByName.put(o.name(), o));
    for (Draft.Operation op : ops) {
      checker.check(op, rawByName.get(op.name()).examples());
    }
    Map<ExampleChecker.Key, TypeRef> types = checker.finish();
    Map<ExampleChecker.Key, String> renames = checker.renames();
    reportUpperCase(structures, ops, renames);

    Settle settle = new Settle(checker, types, renames);
    List<ModelDraft.Operation> settled = new ArrayList<>();
    ops.forEach(op -> settled.add(settle.operation(op)));
    Map<String, ModelDraft.Shape> shapes = new TreeMap<>();
    enums.values().forEach(e -> shapes.put(e.name(), new ModelDraft.Enum(e)));
    structures.values().forEach(s -> shapes.put(s.name(), settle.structure(s)));
    ErrorChecks.check(settled, commonErrors, d);

    settled.sort(Comparator.comparing(ModelDraft.Operation::name));
    ModelDraft draft = new ModelDraft(service, apiVersion, settled, new ArrayList<>(shapes.values()),
        sortedCommon(commonErrors), List.of(), List.of());
    recordEnums(named, draft);
    return draft;
  }

  /** Lock entries for the inline enums of members the service reaches (the rest leave the model). */
  private void recordEnums(EnumNamer.Result named, ModelDraft draft) {
    Set<String> owners = new HashSet<>(draft.reachedShapes());
    draft.operations().forEach(op -> {
      owners.add(Owner.request(op.name()).path());
      owners.add(Owner.response(op.name()).path());
    });
    named.byPath().forEach((path, name) -> {
      // a path is owner.member, the owner a shape name or Action.request / Action.response
      String owner = path.substring(0, path.lastIndexOf('.'));
      if (name != null && owners.contains(owner)) {
        lock.record(LockSession.ENUMS, path, name, named.where().get(path));
      }
    });
  }

  private static Draft.Structure structure(ShapeIndex.Def def, Raw.Structure s, TypeResolver resolver) {
    List<Draft.Member> members = new ArrayList<>();
    for (Raw.Member m : s.members()) {
      members.add(resolver.resolve(m, s.file(), Owner.structure(def.name()), null));
    }
    return new Draft.Structure(def.name(), s.docName(), s.description(), members, s.location());
  }

  /** A structure built from an example: its members are final already (no inline enums). */
  private static Draft.Structure synthesized(StructureShape s) {
    List<Draft.Member> members = new ArrayList<>();
    s.members().forEach(m -> members.add(new Draft.Member(m.name(), m.type(), null, m.required(), m.description(),
        m.location())));
    return new Draft.Structure(s.name(), s.docName(), s.description(), members, s.location());
  }

  /**
   * Resolves the structures of pages outside the docs folder that the service reaches, and only
   * those, so a shape nobody links to neither enters the model nor reports diagnostics here.
   */
  private static void bringIn(Map<String, ShapeIndex.Def> outside, Map<String, Draft.Structure> structures,
      List<Draft.Operation> ops, TypeResolver resolver) {
    while (!outside.isEmpty()) {
      Set<String> reached = reached(ops, structures);
      List<String> wanted = outside.keySet().stream().filter(reached::contains).toList();
      if (wanted.isEmpty()) {
        return;
      }
      for (String name : wanted) {
        ShapeIndex.Def def = outside.remove(name);
        structures.put(name, structure(def, (Raw.Structure) def.raw(), resolver));
      }
    }
  }

  /** Names of the shapes the drafts' members refer to, transitively (structures only lead further). */
  private static Set<String> reached(List<Draft.Operation> ops, Map<String, Draft.Structure> structures) {
    return Reachable.names(ops.stream().flatMap(op -> Stream.concat(op.request().stream(), op.response().stream()))
        .map(Draft.Member::type), name -> structures.containsKey(name)
        ? structures.get(name).members().stream().map(Draft.Member::type) : Stream.empty());
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

  private static JsonLite.Value firstBody(Raw.Operation op, boolean request, ExampleBodies bodies) {
    for (RawExample ex : op.examples()) {
      String text = request ? ex.request() : ex.response();
      if (text.isEmpty()) {
        continue;
      }
      JsonLite.Result r = bodies.parse(text);
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

  private void reportUpperCase(Map<String, Draft.Structure> structures, List<Draft.Operation> ops,
      Map<ExampleChecker.Key, String> renames) {
    for (Draft.Structure st : structures.values()) {
      st.members().forEach(m -> upper(m, Owner.structure(st.name()), renames));
    }
    for (Draft.Operation op : ops) {
      op.request().forEach(m -> upper(m, Owner.request(op.name()), renames));
      op.response().forEach(m -> upper(m, Owner.response(op.name()), renames));
    }
  }

  private void upper(Draft.Member m, Owner owner, Map<ExampleChecker.Key, String> renames) {
    if (!m.name().isEmpty() && Character.isUpperCase(m.name().charAt(0))) {
      String to = renames.get(new ExampleChecker.Key(owner, m.name()));
      d.report(m.location(), DiagnosticCode.MEMBER_NAME_CASE, "field name \"" + m.name() + "\" starts with an upper-case letter",
          to == null ? "kept as written" : "renamed to " + to + " as the examples spell it");
    }
  }

  /**
   * Settles the drafts into the model's draft: enum names, example type corrections, renames, and
   * the traits' defaults; each member is made here, once.
   */
  private record Settle(
      ExampleChecker typing, Map<ExampleChecker.Key, TypeRef> types, Map<ExampleChecker.Key, String> renames) {

    ModelDraft.Operation operation(Draft.Operation op) {
      List<Member> request = members(op.request(), Owner.request(op.name()));
      List<Member> response = members(op.response(), Owner.response(op.name()));
      return new ModelDraft.Operation(op.name(), op.name(), op.description(), op.notes(), request, response,
          op.errors(), op.examples(), op.location(), Traits.readOnly(op.name()),
          Traits.pagination(request, response).orElse(null));
    }

    ModelDraft.Structure structure(Draft.Structure s) {
      return new ModelDraft.Structure(s.name(), s.docName(), s.description(),
          members(s.members(), Owner.structure(s.name())), s.location());
    }

    private List<Member> members(List<Draft.Member> members, Owner owner) {
      List<Member> out = new ArrayList<>();
      for (Draft.Member m : members) {
        ExampleChecker.Key key = new ExampleChecker.Key(owner, m.name());
        TypeRef type = types.containsKey(key) ? types.get(key) : typing.typeOf(m);
        String name = renames.getOrDefault(key, m.name());
        out.add(new Member(name, type, m.required(), m.description(), m.location(), Traits.sensitive(name)));
      }
      return out;
    }
  }
}
