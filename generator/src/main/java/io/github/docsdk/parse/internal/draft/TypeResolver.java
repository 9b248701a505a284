package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.page.EnumExtractor;
import io.github.docsdk.parse.internal.page.LinkTargets;
import io.github.docsdk.parse.internal.page.Names;
import io.github.docsdk.parse.internal.page.Raw;
import io.github.docsdk.parse.internal.page.TypeExpr;
import io.github.docsdk.read.InputLimits;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.read.Link;
import io.github.docsdk.spec.DocText;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves written types to {@link TypeRef}s: scalars, lists, links (by anchor), names, enum
 * sections linked from descriptions, and enums listed inline in descriptions (recorded as
 * {@link EnumOccurrence}s, which {@link Draft.InlineEnum} refers to until {@link EnumNamer} names them).
 */
final class TypeResolver {

  /**
   * An inline enum: values listed in one member's description. {@code id}: its index in {@link
   * #occurrences()}; {@code path}: the member's path in the name lock.
   */
  public record EnumOccurrence(
      int id, String owner, String member, List<EnumValue> values, String description, SourceLocation location,
      String path) {

    /** An occurrence whose lock key is {@code owner.member}. */
    public EnumOccurrence(
        int id, String owner, String member, List<EnumValue> values, String description, SourceLocation location) {
      this(id, owner, member, values, description, location, owner + "." + member);
    }
  }

  private final ShapeIndex index;
  private final Diags d;
  private final List<EnumOccurrence> occurrences = new ArrayList<>();
  private final Map<String, StructureShape> synthesized = new LinkedHashMap<>();
  private final Set<String> reserved;

  public TypeResolver(ShapeIndex index, Set<String> reservedNames, Diags d) {
    this.index = index;
    this.reserved = reservedNames;
    this.d = d;
  }

  public List<EnumOccurrence> occurrences() {
    return occurrences;
  }

  public Map<String, StructureShape> synthesized() {
    return synthesized;
  }

  /**
   * @param owner the structure or the action's request or response the member belongs to
   * @param example the member's value in an example, to build a structure for an undefined type;
   *     may be null
   */
  Draft.Member resolve(Raw.Member m, String file, Owner owner, JsonLite.Value example) {
    checkLinks(m, file);
    TypeRef type = type(m.type(), m, file, owner.name(), example, 0);
    Draft.InlineEnum inline = null;
    TypeRef linked = linkedEnum(type, m, file);
    if (linked != null) {
      type = linked;
    } else {
      inline = inlineEnum(type, m, owner);
    }
    return new Draft.Member(m.name(), type, inline, m.required(), m.description().markup(), m.location());
  }

  /** Description links to pages inside the docs folder that are not there. */
  private void checkLinks(Raw.Member m, String file) {
    for (Link link : m.description().links()) {
      String target = link.target();
      if (link.isAbsoluteUrl() || target.isEmpty() || !target.toLowerCase(Locale.ROOT).endsWith(".md")) {
        continue;
      }
      String resolved = LinkTargets.resolvePath(file, target);
      if (!resolved.startsWith("..") && !index.hasFile(resolved)) {
        d.report(m.location(), DiagnosticCode.BROKEN_LINK, "link " + link.destination() + " in the description of " + m.name()
            + " points to a missing page", "link text kept");
      }
    }
  }

  private TypeRef type(TypeExpr expr, Raw.Member m, String file, String owner, JsonLite.Value example, int depth) {
    SourceLocation at = m.typeLocation();
    if (expr instanceof TypeExpr.Scalar s) {
      if (!s.canonical()) {
        d.report(at, DiagnosticCode.TYPE_SPELLING, "type \"" + s.written() + "\" of " + m.name() + " is not spelled as in datatype.md",
            "read as " + TypeExpr.CANONICAL.get(s.kind()));
      }
      return TypeRef.scalar(s.kind());
    }
    if (expr instanceof TypeExpr.ListOf l) {
      if (!l.canonical()) {
        d.report(at, DiagnosticCode.TYPE_SPELLING, "type \"" + l.written() + "\" of " + m.name() + " is not written \"Array of ...\"",
            "read as a list");
      }
      JsonLite.Value element = example != null && example.kind == JsonLite.Kind.ARRAY && !example.items.isEmpty()
          ? example.items.get(0) : null;
      return TypeRef.listOf(type(l.element(), m, file, owner, element, depth + 1));
    }
    if (expr instanceof TypeExpr.Named n) {
      return named(n, m, file, owner, example);
    }
    d.report(at, DiagnosticCode.EMPTY_TYPE, "member " + m.name() + " of " + owner + " has no type", "treated as String");
    return TypeRef.STRING;
  }

  /** A link without an anchor to the very page that defines the type: right page, only less precise. */
  private static boolean linksDefiningPage(Link link, String file, ShapeIndex.Def def) {
    if (!link.anchor().isEmpty() || link.isAbsoluteUrl() || link.target().isEmpty()) {
      return false;
    }
    return LinkTargets.resolvePath(file, link.target()).equals(def.raw().file());
  }

  private TypeRef named(TypeExpr.Named n, Raw.Member m, String file, String owner, JsonLite.Value example) {
    SourceLocation at = m.typeLocation();
    if (n.link() != null) {
      ShapeIndex.Found found = index.follow(n.link(), file);
      if (found != null) {
        if (found.targetMissing()) {
          d.report(at, DiagnosticCode.LINK_TARGET_MISSING, "link " + n.link().destination() + " points to a missing page",
              "resolved by anchor to " + found.def().name() + " in " + found.def().raw().file());
        }
        return ref(found.def());
      }
    }
    ShapeIndex.Def def = index.byName(n.name());
    if (def == null && !Names.isIdentifier(n.name())) {
      String lead = Names.leadingIdentifier(n.name());
      def = lead.isEmpty() ? null : index.byName(lead);
    }
    if (def != null) {
      if (n.link() != null && linksDefiningPage(n.link(), file, def)) {
        d.report(at, DiagnosticCode.LINK_WITHOUT_ANCHOR, "link " + n.link().destination() + " of type " + n.name()
            + " has no #anchor", "resolved by name to " + def.name() + " on that page");
      } else if (n.link() != null) {
        d.report(at, DiagnosticCode.BROKEN_LINK, "link " + n.link().destination() + " of type " + n.name() + " leads to no definition",
            "resolved by name to " + def.name());
      }
      return ref(def);
    }
    if (n.link() != null) {
      d.report(at, DiagnosticCode.BROKEN_LINK, "link " + n.link().destination() + " of type \"" + n.name() + "\" leads to no definition",
          "treated as String");
      return TypeRef.STRING;
    }
    String name = n.name();
    if (Names.isIdentifier(name) && Character.isLowerCase(name.charAt(0))) {
      d.report(at, DiagnosticCode.UNKNOWN_TYPE, "type \"" + name + "\" looks like a field name, not a type", "assuming String");
      return TypeRef.STRING;
    }
    if (isFreeForm(name)) {
      // "Object", "Map<String, String>", "JSON": no shape to point at; name one after the member
      if (example != null && example.kind == JsonLite.Kind.OBJECT) {
        String shape = synthesize(Names.upperCamel(m.name()), owner, example, 0, at);
        d.report(at, DiagnosticCode.FREEFORM_TYPE, "type \"" + name + "\" of " + m.name() + " is a free-form object",
            "structure " + shape + " built from the example's keys");
        return TypeRef.structure(shape);
      }
      d.report(at, DiagnosticCode.FREEFORM_TYPE, "type \"" + name + "\" of " + m.name() + " is a free-form object",
          "treated as String (the model has no map type; fix with an override)");
      return TypeRef.STRING;
    }
    if (Names.isIdentifier(name) && example != null && example.kind == JsonLite.Kind.OBJECT) {
      String shape = synthesize(name, owner, example, 0, at);
      d.report(at, DiagnosticCode.UNDEFINED_TYPE, "type \"" + name + "\" is neither linked nor defined in any data-structure page",
          "structure " + shape + " built from the example's keys");
      return TypeRef.structure(shape);
    }
    d.report(at, DiagnosticCode.UNDEFINED_TYPE, "type \"" + name + "\" is neither linked nor defined in any data-structure page",
        "treated as String");
    return TypeRef.STRING;
  }

  private static boolean isFreeForm(String written) {
    String w = written.toLowerCase(Locale.ROOT).strip();
    return w.equals("object") || w.equals("json") || w.equals("jsonobject") || w.equals("dict")
        || w.equals("map") || w.startsWith("map<") || w.startsWith("map ") || w.startsWith("map(");
  }

  private static TypeRef ref(ShapeIndex.Def def) {
    return def.raw() instanceof Raw.Enum ? TypeRef.enumeration(def.name()) : TypeRef.structure(def.name());
  }

  /** A structure from an example object: member types from the values' kinds. */
  private String synthesize(String written, String owner, JsonLite.Value object, int depth, SourceLocation loc) {
    String base = ShapeIndex.baseName(written);
    String name = base;
    if (reserved.contains(name.toLowerCase(Locale.ROOT)) && !synthesized.containsKey(name)) {
      name = ShapeIndex.baseName(owner) + base;
    }
    if (synthesized.containsKey(name)) {
      return name;
    }
    reserved.add(name.toLowerCase(Locale.ROOT));
    synthesized.put(name, null); // guard against cycles
    List<Member> members = new ArrayList<>();
    for (JsonLite.Field f : object.fields.values()) {
      if (!Names.isIdentifier(f.name())) {
        continue;
      }
      if (members.size() == InputLimits.MAX_MEMBERS) {
        d.report(loc, DiagnosticCode.TOO_MANY_MEMBERS, "the example object for " + written + " has more than "
            + InputLimits.MAX_MEMBERS + " keys", "keys past the limit not read");
        break;
      }
      members.add(new Member(f.name(), inferred(f.value(), name, f.name(), depth, loc), false, "", loc));
    }
    synthesized.put(name, new StructureShape(name, written, "Built from an example: the docs do not define "
        + written + ".", members, loc));
    return name;
  }

  private TypeRef inferred(JsonLite.Value v, String owner, String key, int depth, SourceLocation loc) {
    return switch (v.kind) {
      case INTEGER -> TypeRef.INTEGER;
      case DECIMAL -> TypeRef.DOUBLE;
      case BOOLEAN -> TypeRef.BOOLEAN;
      case ARRAY -> TypeRef.listOf(v.items.isEmpty() ? TypeRef.STRING : inferred(v.items.get(0), owner, key, depth, loc));
      case OBJECT -> depth < 4 ? TypeRef.structure(synthesize(owner + Names.upperCamel(key), owner, v, depth + 1, loc))
          : TypeRef.STRING;
      default -> TypeRef.STRING;
    };
  }

  private static boolean stringOrListOfString(TypeRef type) {
    TypeRef base = type.kind() == TypeRef.Kind.LIST ? type.element() : type;
    return base.kind() == TypeRef.Kind.STRING;
  }

  /** The enum section a String (or list of String) member's description links, or null. */
  private TypeRef linkedEnum(TypeRef type, Raw.Member m, String file) {
    if (!stringOrListOfString(type)) {
      return null;
    }
    for (Link link : m.description().links()) {
      ShapeIndex.Found found = index.follow(link, file);
      if (found != null && found.def().raw() instanceof Raw.Enum) {
        if (found.targetMissing()) {
          d.report(m.location(), DiagnosticCode.LINK_TARGET_MISSING, "link " + link.destination() + " points to a missing page",
              "resolved by anchor to " + found.def().name());
        }
        TypeRef e = TypeRef.enumeration(found.def().name());
        return type.kind() == TypeRef.Kind.LIST ? TypeRef.listOf(e) : e;
      }
    }
    return null;
  }

  /** The values a String (or list of String) member's description lists, as an enum to name; or null. */
  private Draft.InlineEnum inlineEnum(TypeRef type, Raw.Member m, Owner owner) {
    if (!stringOrListOfString(type)) {
      return null;
    }
    DocText doc = DocText.parse(m.description().markup());
    List<EnumValue> values = EnumExtractor.extract(doc);
    if (values.size() < 2) {
      return null;
    }
    int id = occurrences.size();
    occurrences.add(new EnumOccurrence(id, owner.name(), m.name(), values, doc.firstLine(), m.location(),
        owner.path() + "." + m.name()));
    return new Draft.InlineEnum(id);
  }
}
