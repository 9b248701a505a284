package io.github.docsdk.parse.internal.corrections;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.draft.ModelDraft;
import io.github.docsdk.parse.internal.page.Names;
import io.github.docsdk.parse.internal.page.TypeExpr;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.read.Text;
import io.github.docsdk.spec.DefaultTraits;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code docsdk-overrides.json}: corrections to the docs that do not edit the docs. Format
 * (every part optional):
 *
 * <pre>{@code
 * {
 *   "actions": {
 *     "DescribeZones": {
 *       "wireName": "ZoneDetails",
 *       "readOnly": true,
 *       "pagination": { "pageNumber": "pageNum", "pageSize": "pageSize",
 *                       "total": "totalCount", "items": "zoneSet" },
 *       "request":  { "acceptLanguage": { "required": true } },
 *       "response": { "zoneSet": { "type": "Array of ZoneInfo" },
 *                     "extra":   { "add": true, "type": "String", "description": "..." },
 *                     "legacy":  { "drop": true } }
 *     }
 *   },
 *   "structures": {
 *     "InstanceType": { "isHA": { "add": true, "type": "Boolean" } }
 *   }
 * }
 * }</pre>
 *
 * A member entry may set {@code type} (as the docs write types: {@code String}, {@code Integer},
 * {@code Array of X}, a structure or enum name), {@code required}, {@code description}; {@code
 * "add": true} adds a member the docs lack, {@code "drop": true} removes one; {@code "sensitive":
 * true|false} says whether its value is a secret. An action may set its traits: {@code readOnly},
 * and {@code pagination} (the four member names, or {@code false} for an action that does not
 * page); when an action's members change and its pagination is not given, it is decided again
 * from the new members. Action, structure and member entries may carry {@code "why"}: the
 * evidence for the correction, quoted with it. Every applied entry is reported at its line in the
 * overrides file. One corrections file serves several docs trees, so an entry for an action or
 * structure the docs do not have, or an added member the docs already list with that type, is
 * skipped with a note; entries that cannot be applied are
 * errors. A {@code resources} section declares resource lifecycles for the stateful mock; it is
 * read last, against the corrected actions ({@link ResourceOverrides}, README "Overrides"). The
 * {@code waiters} section declares waits for resource states ({@link WaiterDeclarations}), also
 * checked against the corrected model.
 *
 * <p>The actions and structures entries correct the drafts ({@link ModelDraft}), from which the
 * corrected model is then built once. Resources and waiters stay at the model's level: they change
 * no action or shape, only add declarations checked against the finished, corrected model.
 */
public final class Overrides {

  private Overrides() {}

  /** The corrected model; the model as drafted when the file is not a JSON object. */
  public static Service apply(ModelDraft draft, String json, String file, Diags d) {
    JsonLite.Result parsed = JsonLite.parse(json);
    if (!parsed.ok()) {
      d.report(SourceLocation.of(file, parsed.errorLine(), parsed.errorColumn()), DiagnosticCode.OVERRIDES_INVALID,
          "overrides file is not valid JSON (" + parsed.error() + ")", "no overrides applied");
      return draft.build();
    }
    JsonLite.Value root = parsed.value();
    if (root.kind != JsonLite.Kind.OBJECT) {
      d.report(SourceLocation.of(file, root.line, root.column), DiagnosticCode.OVERRIDES_INVALID, "overrides file must hold a JSON object",
          "no overrides applied");
      return draft.build();
    }
    List<ModelDraft.Operation> ops = new ArrayList<>(draft.operations());
    List<ModelDraft.Shape> shapes = new ArrayList<>(draft.shapes());
    JsonLite.Field resources = null;
    JsonLite.Field waiters = null;
    for (JsonLite.Field top : root.fields.values()) {
      SourceLocation at = SourceLocation.of(file, top.line(), top.column());
      if (top.name().equals("actions") && top.value().kind == JsonLite.Kind.OBJECT) {
        for (JsonLite.Field action : top.value().fields.values()) {
          action(action, ops, shapes, file, d);
        }
      } else if (top.name().equals("structures") && top.value().kind == JsonLite.Kind.OBJECT) {
        for (JsonLite.Field structure : top.value().fields.values()) {
          structure(structure, shapes, file, d);
        }
      } else if (top.name().equals("resources")) {
        resources = top; // read last: it names actions and members as the other entries leave them
      } else if (top.name().equals("waiters")) {
        waiters = top; // checked against the model once every correction is in
      } else {
        d.report(at, DiagnosticCode.OVERRIDES_INVALID, "unknown overrides entry \"" + top.name()
            + "\" (expected actions, structures, resources, waiters)", "entry ignored");
      }
    }
    Service corrected = draft.with(ops, shapes).build();
    if (resources != null) {
      corrected = corrected.withResources(ResourceOverrides.read(resources, corrected, file, d));
    }
    if (waiters != null) {
      corrected = corrected.withWaiters(WaiterDeclarations.read(waiters, corrected, file, d));
    }
    return corrected;
  }

  private static void action(JsonLite.Field entry, List<ModelDraft.Operation> ops, List<ModelDraft.Shape> shapes,
      String file, Diags d) {
    SourceLocation at = SourceLocation.of(file, entry.line(), entry.column());
    int index = -1;
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).name().equals(entry.name())) {
        index = i;
      }
    }
    if (index < 0) {
      d.report(at, DiagnosticCode.OVERRIDE_UNKNOWN_ACTION, "these docs have no action " + entry.name() + because(entry),
          "entry skipped");
      return;
    }
    if (entry.value().kind != JsonLite.Kind.OBJECT) {
      d.report(at, DiagnosticCode.OVERRIDE_INVALID, "override for " + entry.name() + " must be an object",
          "entry ignored");
      return;
    }
    ModelDraft.Operation op = ops.get(index);
    String wireName = op.wireName();
    List<Member> request = op.request();
    List<Member> response = op.response();
    boolean readOnly = op.readOnly();
    JsonLite.Field pagination = null;
    for (JsonLite.Field f : entry.value().fields.values()) {
      SourceLocation fat = SourceLocation.of(file, f.line(), f.column());
      switch (f.name()) {
        case "wireName" -> {
          if (f.value().kind == JsonLite.Kind.STRING && Names.isIdentifier(f.value().text)) {
            d.report(fat, DiagnosticCode.OVERRIDE_APPLIED, op.name() + " is sent as \"" + f.value().text + "\" (docs: \""
                + wireName + "\")" + because(entry), "wire name overridden");
            wireName = f.value().text;
          } else {
            d.report(fat, DiagnosticCode.OVERRIDE_INVALID, "wireName of " + op.name() + " must be an action name", "entry ignored");
          }
        }
        case "readOnly" -> {
          if (f.value().kind == JsonLite.Kind.BOOLEAN) {
            readOnly = Boolean.parseBoolean(f.value().text);
            d.report(fat, DiagnosticCode.OVERRIDE_APPLIED, op.name() + " readOnly " + op.readOnly() + " -> " + readOnly,
                "trait overridden");
          } else {
            d.report(fat, DiagnosticCode.OVERRIDE_INVALID, "readOnly of " + op.name() + " must be true or false",
                "entry ignored");
          }
        }
        case "pagination" -> pagination = f;
        case "request" -> request = members(f, request, op.name() + " request", shapes, file, d);
        case "response" -> response = members(f, response, op.name() + " response", shapes, file, d);
        case "why" -> why(f, op.name(), file, d);
        default -> d.report(fat, DiagnosticCode.OVERRIDE_INVALID, "unknown key \"" + f.name() + "\" in override of " + op.name()
            + " (expected why, wireName, readOnly, pagination, request, response)", "entry ignored");
      }
    }
    Pagination paging = op.pagination();
    if (pagination != null) {
      paging = pagination(pagination, op, paging, request, response, file, d);
    } else if (!request.equals(op.request()) || !response.equals(op.response())) {
      paging = DefaultTraits.pagination(request, response).orElse(null);
    }
    ops.set(index, new ModelDraft.Operation(op.name(), wireName, op.description(), op.notes(), request, response,
        op.errors(), op.examples(), op.location(), readOnly, paging));
  }

  /** An explicit pagination: {@code false}, or the four member names, which must exist. */
  private static Pagination pagination(JsonLite.Field f, ModelDraft.Operation op, Pagination current, List<Member> request,
      List<Member> response, String file, Diags d) {
    SourceLocation at = SourceLocation.of(file, f.line(), f.column());
    if (f.value().kind == JsonLite.Kind.BOOLEAN && !Boolean.parseBoolean(f.value().text)) {
      d.report(at, DiagnosticCode.OVERRIDE_APPLIED, op.name() + " does not page", "trait overridden");
      return null;
    }
    Map<String, JsonLite.Field> spec = f.value().fields;
    String pageNumber = text(spec, "pageNumber");
    String pageSize = text(spec, "pageSize");
    String total = text(spec, "total");
    String items = text(spec, "items");
    if (f.value().kind != JsonLite.Kind.OBJECT || pageNumber == null || pageSize == null || total == null
        || items == null) {
      d.report(at, DiagnosticCode.OVERRIDE_INVALID, "pagination of " + op.name()
          + " must be false or give pageNumber, pageSize, total and items", "entry ignored");
      return current;
    }
    List<String> missing = new ArrayList<>();
    missingMember(request, pageNumber, "request", missing);
    missingMember(request, pageSize, "request", missing);
    missingMember(response, total, "response", missing);
    missingMember(response, items, "response", missing);
    if (!missing.isEmpty()) {
      d.report(at, DiagnosticCode.OVERRIDE_INVALID, "pagination of " + op.name() + " names members it lacks: "
          + String.join(", ", missing), "entry ignored");
      return current;
    }
    d.report(at, DiagnosticCode.OVERRIDE_APPLIED, op.name() + " pages with " + pageNumber + "/" + pageSize
        + ", items in " + items + ", total in " + total, "trait overridden");
    return new Pagination(pageNumber, pageSize, total, items);
  }

  private static void missingMember(List<Member> members, String name, String side, List<String> missing) {
    if (members.stream().noneMatch(m -> m.name().equals(name))) {
      missing.add(side + " " + name);
    }
  }

  private static String text(Map<String, JsonLite.Field> spec, String name) {
    JsonLite.Field f = spec.get(name);
    return f != null && f.value().kind == JsonLite.Kind.STRING ? f.value().text : null;
  }

  private static void structure(JsonLite.Field entry, List<ModelDraft.Shape> shapes, String file, Diags d) {
    SourceLocation at = SourceLocation.of(file, entry.line(), entry.column());
    for (int i = 0; i < shapes.size(); i++) {
      if (shapes.get(i) instanceof ModelDraft.Structure s && s.name().equals(entry.name())) {
        List<Member> members = members(entry, s.members(), "structure " + s.name(), shapes, file, d);
        shapes.set(i, new ModelDraft.Structure(s.name(), s.docName(), s.description(), members, s.location()));
        return;
      }
    }
    d.report(at, DiagnosticCode.OVERRIDE_UNKNOWN_STRUCTURE, "these docs have no structure " + entry.name()
        + because(entry), "entry skipped");
  }

  /** The entry's {@code why} note as a clause for its diagnostics, or nothing. */
  static String because(JsonLite.Field entry) {
    JsonLite.Field why = entry.value().kind == JsonLite.Kind.OBJECT ? entry.value().fields.get("why") : null;
    return why == null || why.value().kind != JsonLite.Kind.STRING ? "" : " - why: " + why.value().text;
  }

  private static void why(JsonLite.Field f, String owner, String file, Diags d) {
    if (f.value().kind != JsonLite.Kind.STRING) {
      d.report(SourceLocation.of(file, f.line(), f.column()), DiagnosticCode.OVERRIDE_INVALID,
          "\"why\" of " + owner + " must be a sentence (a string)", "note ignored");
    }
  }

  private static List<Member> members(
      JsonLite.Field entry, List<Member> members, String owner, List<ModelDraft.Shape> shapes, String file, Diags d) {
    List<Member> out = new ArrayList<>(members);
    if (entry.value().kind != JsonLite.Kind.OBJECT) {
      d.report(SourceLocation.of(file, entry.line(), entry.column()), DiagnosticCode.OVERRIDE_INVALID,
          "members of " + owner + " must be given as an object", "entry ignored");
      return out;
    }
    for (JsonLite.Field f : entry.value().fields.values()) {
      SourceLocation at = SourceLocation.of(file, f.line(), f.column());
      Map<String, JsonLite.Field> spec = f.value().fields;
      if (f.name().equals("why") && f.value().kind == JsonLite.Kind.STRING) {
        continue; // the note of the whole entry
      }
      if (f.value().kind != JsonLite.Kind.OBJECT) {
        d.report(at, DiagnosticCode.OVERRIDE_INVALID, "override of " + owner + "." + f.name() + " must be an object", "entry ignored");
        continue;
      }
      int index = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).name().equals(f.name())) {
          index = i;
        }
      }
      if (!knownKeys(f, owner, file, d)) {
        continue;
      }
      String why = because(f);
      boolean add = flag(spec, "add");
      if (flag(spec, "drop")) {
        if (index < 0) {
          d.report(at, DiagnosticCode.OVERRIDE_UNKNOWN_MEMBER, owner + " has no member " + f.name() + " to drop", "entry ignored");
        } else {
          out.remove(index);
          d.report(at, DiagnosticCode.OVERRIDE_APPLIED, owner + "." + f.name() + " dropped" + why, "member removed");
        }
        continue;
      }
      if (index < 0 && !add) {
        d.report(at, DiagnosticCode.OVERRIDE_UNKNOWN_MEMBER, owner + " has no member " + f.name()
            + " (set \"add\": true to add it)", "entry ignored");
        continue;
      }
      if (index < 0 && !Names.isIdentifier(f.name())) {
        d.report(at, DiagnosticCode.OVERRIDE_INVALID, "\"" + f.name() + "\" is not a valid member name", "entry ignored");
        continue;
      }
      if (index >= 0 && add) {
        JsonLite.Field type = spec.get("type");
        TypeRef t = type != null && type.value().kind == JsonLite.Kind.STRING ? type(type.value().text, shapes) : null;
        if (t != null && t.equals(out.get(index).type())) {
          d.report(at, DiagnosticCode.OVERRIDE_ALREADY_APPLIED, owner + " already has " + f.name() + " as "
              + t.describe() + why, "entry skipped: the docs agree");
        } else {
          d.report(at, DiagnosticCode.OVERRIDE_INVALID, owner + " already has a member " + f.name()
              + (t == null ? "" : " of type " + out.get(index).type().describe()), "entry ignored");
        }
        continue;
      }
      Member m = index >= 0 ? out.get(index)
          : new Member(f.name(), TypeRef.STRING, false, "", at, DefaultTraits.sensitive(f.name()));
      List<String> changes = new ArrayList<>();
      JsonLite.Field type = spec.get("type");
      if (type != null) {
        TypeRef t = type.value().kind == JsonLite.Kind.STRING ? type(type.value().text, shapes) : null;
        if (t == null) {
          d.report(SourceLocation.of(file, type.line(), type.column()), DiagnosticCode.OVERRIDE_INVALID, "type of " + owner + "."
              + f.name() + " is not a known type", "type unchanged");
        } else {
          changes.add(index < 0 ? "type " + t.describe() : "type " + m.type().describe() + " -> " + t.describe());
          m = m.withType(t);
        }
      } else if (add) {
        d.report(at, DiagnosticCode.OVERRIDE_INVALID, "added member " + owner + "." + f.name() + " needs a type", "entry ignored");
        continue;
      }
      JsonLite.Field required = spec.get("required");
      if (required != null && required.value().kind == JsonLite.Kind.BOOLEAN) {
        boolean r = Boolean.parseBoolean(required.value().text);
        changes.add("required " + m.required() + " -> " + r);
        m = m.withRequired(r);
      }
      JsonLite.Field description = spec.get("description");
      if (description != null && description.value().kind == JsonLite.Kind.STRING) {
        m = m.withDescription(description.value().text);
        changes.add("description");
      }
      JsonLite.Field sensitive = spec.get("sensitive");
      if (sensitive != null && sensitive.value().kind == JsonLite.Kind.BOOLEAN) {
        boolean s = Boolean.parseBoolean(sensitive.value().text);
        changes.add("sensitive " + m.sensitive() + " -> " + s);
        m = m.withSensitive(s);
      }
      if (index >= 0) {
        out.set(index, m);
      } else {
        out.add(m);
        changes.add(0, "added");
      }
      d.report(at, DiagnosticCode.OVERRIDE_APPLIED, owner + "." + f.name() + ": " + String.join(", ", changes) + why,
          "docs overridden");
    }
    return out;
  }

  private static final List<String> MEMBER_KEYS = List.of("add", "drop", "type", "required", "description", "sensitive", "why");

  /** A misspelt key ("requried") would otherwise be ignored without a word. */
  private static boolean knownKeys(JsonLite.Field f, String owner, String file, Diags d) {
    boolean ok = true;
    for (JsonLite.Field key : f.value().fields.values()) {
      if (!MEMBER_KEYS.contains(key.name())) {
        d.report(SourceLocation.of(file, key.line(), key.column()), DiagnosticCode.OVERRIDE_INVALID, "unknown key \""
            + key.name() + "\" in override of " + owner + "." + f.name() + " (expected " + String.join(", ", MEMBER_KEYS)
            + ")", "entry ignored");
        ok = false;
      } else if (key.name().equals("why")) {
        why(key, owner + "." + f.name(), file, d);
      }
    }
    return ok;
  }

  private static boolean flag(Map<String, JsonLite.Field> spec, String name) {
    JsonLite.Field f = spec.get(name);
    return f != null && f.value().kind == JsonLite.Kind.BOOLEAN && Boolean.parseBoolean(f.value().text);
  }

  /** A type written as in the docs, resolved against the service's shapes; null when unknown. */
  static TypeRef type(String written, List<ModelDraft.Shape> shapes) {
    TypeExpr expr = TypeExpr.parse(new Text(written.replaceFirst("^enum\\s+", ""), List.of(), written));
    return resolve(expr, shapes);
  }

  private static TypeRef resolve(TypeExpr expr, List<ModelDraft.Shape> shapes) {
    if (expr instanceof TypeExpr.Scalar s) {
      return TypeRef.scalar(s.kind());
    }
    if (expr instanceof TypeExpr.ListOf l) {
      TypeRef element = resolve(l.element(), shapes);
      return element == null ? null : TypeRef.listOf(element);
    }
    if (expr instanceof TypeExpr.Named n) {
      for (ModelDraft.Shape s : shapes) {
        if (s.name().equalsIgnoreCase(n.name())) {
          return s instanceof ModelDraft.Enum ? TypeRef.enumeration(s.name()) : TypeRef.structure(s.name());
        }
      }
    }
    return null;
  }
}
