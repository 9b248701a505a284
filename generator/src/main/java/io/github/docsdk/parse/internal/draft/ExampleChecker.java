package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.page.RawExample;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.TypeConformance;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares every example with the tables: action header, JSON validity, keys the tables do not
 * list, keys that differ only in case, and values whose kind contradicts the declared type. Also
 * proposes corrections where the examples agree with each other against the table (a member
 * spelled with another case; a scalar that the examples show as a list or a string). Works on the
 * drafts, before the model is built, so that the model is built once with these corrections.
 */
final class ExampleChecker {

  /** A member of a structure, or of an action's request or response. */
  record Key(Owner owner, String member) {
    // Written out for the reason Owner's are.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && Objects.equals(owner, other.owner)
          && Objects.equals(member, other.member);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(owner) + Objects.hashCode(member);
    }
  }

  private record Mismatch(Key key, SourceLocation at, String path, TypeRef declared, JsonLite.Value value, TypeRef proposal) {}

  private final Map<String, Draft.Structure> structures;
  private final Map<String, EnumShape> enums;
  private final Map<Integer, String> enumNames;
  private final ExampleBodies bodies;
  private final Diags d;
  private final UnlistedKeyKinds unlisted;
  private final Map<Key, String> renames = new LinkedHashMap<>();
  private final Set<Key> renameConflicts = new HashSet<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private final Set<Key> supported = new HashSet<>();
  private SourceLocation envelopeRequestId;
  private final Set<Key> exactSeen = new HashSet<>();
  private final List<CaseHit> caseHits = new ArrayList<>();

  private record CaseHit(Key key, SourceLocation at, String message) {}

  /**
   * @param structures every structure, by name
   * @param enums every enum (sections and named inline ones), by name
   * @param enumNames the names of the inline enums, by occurrence id
   * @param ops every operation: what other tables say a key is
   * @param bodies the examples' bodies, parsed once for the assembler and these checks
   */
  ExampleChecker(Map<String, Draft.Structure> structures, Map<String, EnumShape> enums, Map<Integer, String> enumNames,
      List<Draft.Operation> ops, ExampleBodies bodies, Diags d) {
    this.structures = structures;
    this.bodies = bodies;
    this.enums = enums;
    this.enumNames = enumNames;
    this.d = d;
    this.unlisted = new UnlistedKeyKinds(ops, structures, this::typeOf);
  }

  /** A member's type with its inline enum, if any, named. */
  TypeRef typeOf(Draft.Member m) {
    if (m.inlineEnum() == null) {
      return m.type();
    }
    String name = enumNames.get(m.inlineEnum().id());
    if (name == null) {
      return m.type();
    }
    TypeRef e = TypeRef.enumeration(name);
    return m.type().kind() == TypeRef.Kind.LIST ? TypeRef.listOf(e) : e;
  }

  void check(Draft.Operation op, List<RawExample> examples) {
    for (RawExample ex : examples) {
      if (ex.actionAt() != null) {
        if (ex.actionHeader().equalsIgnoreCase("X-TC-Action")) {
          d.report(ex.actionAt(), DiagnosticCode.EXAMPLE_OLD_ACTION_HEADER, "example uses header " + ex.actionHeader()
              + " (expected X-ZC-Action)", "example kept");
        }
        if (!ex.action().equals(op.name())) {
          d.report(ex.actionAt(), DiagnosticCode.EXAMPLE_ACTION_MISMATCH, "example calls action " + ex.action() + ", page is "
              + op.name(), "example kept");
        }
      }
      String file = ex.location().file();
      if (!ex.request().isEmpty()) {
        JsonLite.Value v = parse(ex.request(), ex.requestLine(), file, "request");
        if (v != null && v.kind == JsonLite.Kind.OBJECT) {
          object(v, op.request(), Owner.request(op.name()), op.name() + " request", file, ex.requestLine());
        }
      }
      if (!ex.response().isEmpty()) {
        JsonLite.Value v = parse(ex.response(), ex.responseLine(), file, "response");
        if (v != null && v.kind == JsonLite.Kind.OBJECT) {
          JsonLite.Field inner = v.fields.get("response");
          boolean errorBody = inner == null && v.fields.containsKey("code") && v.fields.containsKey("message");
          JsonLite.Field rid = v.fields.get("requestId");
          envelopeRequestId = rid == null ? null
              : SourceLocation.of(file, ex.responseLine() + rid.line() - 1, rid.column());
          if (inner != null && inner.value().kind == JsonLite.Kind.OBJECT) {
            object(inner.value(), op.response(), Owner.response(op.name()), op.name() + " response", file,
                ex.responseLine());
          } else if (!errorBody) {
            object(v, op.response(), Owner.response(op.name()), op.name() + " response", file, ex.responseLine());
          }
        }
      }
    }
  }

  /**
   * Parses an example body; reports invalid JSON at the line where the parser stopped. When the
   * only faults are fullwidth punctuation or trailing commas, the repaired text is still checked.
   */
  JsonLite.Value parse(String text, int firstLine, String file, String what) {
    JsonLite.Result r = bodies.parse(text);
    if (r.ok()) {
      String trailing = JsonLite.trailingText(text);
      if (!trailing.isEmpty()) {
        int lineInText = text.substring(0, text.lastIndexOf(trailing)).split("\n", -1).length;
        d.report(SourceLocation.of(file, firstLine + lineInText - 1, 1), DiagnosticCode.EXAMPLE_TRAILING_TEXT,
            what + " example has text after its JSON: \"" + abbreviate(trailing) + "\"",
            "kept in the example text; the JSON before it is checked");
      }
      return r.value();
    }
    JsonLite.Result repaired = JsonLite.parse(JsonRepair.repair(text));
    d.report(SourceLocation.of(file, firstLine + r.errorLine() - 1, r.errorColumn()), DiagnosticCode.EXAMPLE_INVALID_JSON,
        what + " example is not valid JSON (" + r.error() + ")",
        repaired.ok() ? "kept as text; checked after repairing punctuation" : "kept as text; not checked");
    return repaired.ok() ? repaired.value() : null;
  }

  private void object(JsonLite.Value obj, List<Draft.Member> members, Owner owner, String path, String file, int base) {
    Map<String, Draft.Member> exact = new HashMap<>();
    Map<String, Draft.Member> folded = new HashMap<>();
    for (Draft.Member m : members) {
      exact.put(m.name(), m);
      folded.putIfAbsent(m.name().toLowerCase(java.util.Locale.ROOT), m);
    }
    for (JsonLite.Field f : obj.fields.values()) {
      SourceLocation at = SourceLocation.of(file, base + f.line() - 1, f.column());
      if (f.name().equals("requestId") && envelopeRequestId != null && path.endsWith(" response")) {
        at = envelopeRequestId; // the same ID, where the example first shows it
      }
      Draft.Member m = exact.get(f.name());
      if (m != null) {
        exactSeen.add(new Key(owner, m.name()));
      } else {
        m = folded.get(f.name().toLowerCase(java.util.Locale.ROOT));
        if (m != null) {
          Key key = new Key(owner, m.name());
          String previous = renames.putIfAbsent(key, f.name());
          if (previous != null && !previous.equals(f.name())) {
            renameConflicts.add(key);
          }
          caseHits.add(new CaseHit(key, at, path + " example has key \"" + f.name()
              + "\" that differs only in case from table member \"" + m.name() + "\""));
        } else {
          java.util.Optional<String> contradicted = unlisted.contradiction(f.name(), f.value(), members, obj);
          if (contradicted.isPresent()) {
            d.report(at, DiagnosticCode.EXAMPLE_UNLISTED_KEY_KIND, path + " example has key \"" + f.name() + "\" ("
                + f.value().kindName() + ") that the table does not list, and " + contradicted.get(),
                "ignored; an override adding it needs type " + UnlistedKeyKinds.spelled(f.value()));
          } else {
            d.report(at, DiagnosticCode.EXAMPLE_KEY_NOT_IN_TABLE, path + " example has key \"" + f.name()
                + "\" that the table does not list", "ignored; add it with an override if it is real");
          }
          continue;
        }
      }
      value(f.value(), typeOf(m), new Key(owner, m.name()), path + "." + f.name(), file, base, at);
    }
  }

  private void value(JsonLite.Value v, TypeRef type, Key key, String path, String file, int base, SourceLocation at) {
    if (v.kind == JsonLite.Kind.NULL) {
      return;
    }
    switch (type.kind()) {
      case STRUCTURE -> {
        Draft.Structure st = structures.get(type.shape());
        if (v.kind == JsonLite.Kind.OBJECT) {
          supported.add(key);
          if (st != null) {
            object(v, st.members(), Owner.structure(st.name()), path, file, base);
          }
        } else if (v.kind == JsonLite.Kind.ARRAY) {
          mismatch(key, at, path, type, v, TypeRef.listOf(type));
          for (JsonLite.Value item : v.items) {
            if (item.kind == JsonLite.Kind.OBJECT && st != null) {
              object(item, st.members(), Owner.structure(st.name()), path + "[]", file, base);
            }
          }
        } else {
          mismatch(key, at, path, type, v, null);
        }
      }
      case LIST -> {
        if (v.kind == JsonLite.Kind.ARRAY) {
          supported.add(key);
          for (JsonLite.Value item : v.items) {
            element(item, type.element(), path + "[]", file, base, at);
          }
        } else {
          mismatch(key, at, path, type, v, null);
        }
      }
      case ENUM -> {
        if (v.kind == JsonLite.Kind.STRING) {
          supported.add(key);
          EnumShape e = enums.get(type.shape());
          if (e != null && e.values().stream().map(EnumValue::value).noneMatch(v.text::equals)) {
            d.report(at, DiagnosticCode.EXAMPLE_ENUM_VALUE, path + ": example value \"" + v.text + "\" is not a documented value of "
                + e.name(), "kept; SDKs read unknown values as UNKNOWN_TO_SDK_VERSION");
          }
        } else if (v.kind == JsonLite.Kind.ARRAY) {
          mismatch(key, at, path, type, v, TypeRef.listOf(type));
        } else {
          mismatch(key, at, path, type, v, null);
        }
      }
      default -> scalar(v, type, key, path, at);
    }
  }

  /** List elements: structures are walked; scalars only checked for kind. */
  private void element(JsonLite.Value item, TypeRef type, String path, String file, int base, SourceLocation listAt) {
    if (item.kind == JsonLite.Kind.NULL) {
      return;
    }
    if (type.kind() == TypeRef.Kind.STRUCTURE && item.kind == JsonLite.Kind.OBJECT) {
      Draft.Structure st = structures.get(type.shape());
      if (st != null) {
        object(item, st.members(), Owner.structure(st.name()), path, file, base);
      }
    } else if (type.kind() == TypeRef.Kind.LIST && item.kind == JsonLite.Kind.ARRAY) {
      for (JsonLite.Value inner : item.items) {
        element(inner, type.element(), path + "[]", file, base, listAt);
      }
    } else if (type.kind().isScalar() && !compatible(type.kind(), item.kind)) {
      SourceLocation at = SourceLocation.of(listAt.file(), base + item.line - 1, item.column);
      d.report(at, DiagnosticCode.EXAMPLE_TYPE_MISMATCH, path + ": table says " + type.describe() + ", example value is "
          + item.kindName(), "kept " + type.describe());
    }
  }

  private void scalar(JsonLite.Value v, TypeRef type, Key key, String path, SourceLocation at) {
    if (compatible(type.kind(), v.kind)) {
      supported.add(key);
      return;
    }
    TypeRef proposal = null;
    if (v.kind == JsonLite.Kind.ARRAY) {
      proposal = TypeRef.listOf(v.items.isEmpty() || compatible(type.kind(), v.items.get(0).kind) ? type
          : inferScalar(v.items.get(0)));
    } else if (v.kind == JsonLite.Kind.STRING && type.kind() != TypeRef.Kind.BOOLEAN) {
      proposal = TypeRef.STRING;
    } else if (v.kind == JsonLite.Kind.DECIMAL && type.kind() == TypeRef.Kind.INTEGER) {
      proposal = TypeRef.DOUBLE;
    }
    mismatch(key, at, path, type, v, proposal);
  }

  private static TypeRef inferScalar(JsonLite.Value v) {
    return switch (v.kind) {
      case INTEGER -> TypeRef.INTEGER;
      case DECIMAL -> TypeRef.DOUBLE;
      case BOOLEAN -> TypeRef.BOOLEAN;
      default -> TypeRef.STRING;
    };
  }

  /** The model's one type-conformance rule (the mock checks requests with the same). */
  static boolean compatible(TypeRef.Kind declared, JsonLite.Kind actual) {
    return TypeConformance.fits(declared, TypeConformance.JsonKind.valueOf(actual.name()));
  }

  private void mismatch(Key key, SourceLocation at, String path, TypeRef declared, JsonLite.Value v, TypeRef proposal) {
    mismatches.add(new Mismatch(key, at, path, declared, v, proposal));
  }

  /**
   * Reports the type mismatches and returns the type corrections that every example agrees on and
   * no example contradicts.
   */
  Map<Key, TypeRef> finish() {
    Map<Key, TypeRef> proposals = new LinkedHashMap<>();
    Set<Key> conflicts = new HashSet<>(supported);
    for (Mismatch m : mismatches) {
      if (m.proposal() == null) {
        conflicts.add(m.key());
      } else {
        TypeRef previous = proposals.putIfAbsent(m.key(), m.proposal());
        if (previous != null && !previous.equals(m.proposal())) {
          conflicts.add(m.key());
        }
      }
    }
    conflicts.forEach(proposals::remove);
    for (Mismatch m : mismatches) {
      TypeRef fix = proposals.get(m.key());
      d.report(m.at(), DiagnosticCode.EXAMPLE_TYPE_MISMATCH, m.path() + ": table says " + m.declared().describe()
          + ", example value is " + m.value().kindName(),
          fix == null ? "kept " + m.declared().describe() : "using " + fix.describe() + " as the examples show");
    }
    return proposals;
  }

  /**
   * Case corrections every example agrees on, and that no example contradicts by using the
   * table's spelling; reports each case difference with what was decided.
   */
  Map<Key, String> renames() {
    Map<Key, String> out = new LinkedHashMap<>(renames);
    renameConflicts.forEach(out::remove);
    exactSeen.forEach(out::remove);
    for (CaseHit hit : caseHits) {
      String to = out.get(hit.key());
      d.report(hit.at(), DiagnosticCode.EXAMPLE_KEY_CASE, hit.message(),
          to == null ? "table spelling kept" : "member renamed to " + to + " as the examples spell it");
    }
    return out;
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
