package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks across pages: a member typed unlike every other member of its name, one error spelled two
 * ways, request structures whose table cannot say what is required, and a description that
 * introduces another action than its page's.
 */
final class ConsistencyRules {

  /** Words with which a description speaks of its own action ("本接口（X）用于", "This API ..."). */
  private static final Pattern SELF = Pattern.compile(
      "(?i)(本接口|该接口|此接口|本 ?API|调用接口|this (api|action|interface|operation))");
  private static final Pattern WORD = Pattern.compile("[A-Z][A-Za-z0-9]+");

  private ConsistencyRules() {}

  static void check(Service service, Set<String> structuresWithoutRequiredColumn,
      Map<String, List<DescriptionParagraph>> descriptionParts, Diags d) {
    memberTypes(service, d);
    errorSpellings(service, d);
    inputStructures(service, structuresWithoutRequiredColumn, d);
    descriptions(service, descriptionParts, d);
  }

  private record Use(Member member, String owner) {}

  /** One member of a name typed unlike at least two others that agree with each other. */
  private static void memberTypes(Service service, Diags d) {
    Map<String, List<Use>> byName = new TreeMap<>();
    for (Operation op : service.operations()) {
      op.request().forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Use(m, op.name())));
      op.response().forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Use(m, op.name())));
    }
    for (StructureShape s : service.structures()) {
      s.members().forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Use(m, s.name())));
    }
    for (Map.Entry<String, List<Use>> e : byName.entrySet()) {
      Map<String, List<Use>> byKind = new LinkedHashMap<>();
      for (Use u : e.getValue()) {
        byKind.computeIfAbsent(wireKind(u.member().type()), k -> new ArrayList<>()).add(u);
      }
      if (byKind.size() != 2) {
        continue;
      }
      List<List<Use>> groups = new ArrayList<>(byKind.values());
      groups.sort((a, b) -> Integer.compare(a.size(), b.size()));
      List<Use> odd = groups.get(0);
      List<Use> usual = groups.get(1);
      if (odd.size() != 1 || usual.size() < 2) {
        continue;
      }
      Use u = odd.get(0);
      Use example = usual.get(0);
      d.report(u.member().location(), DiagnosticCode.MEMBER_TYPE_INCONSISTENT, u.owner() + "." + e.getKey()
          + " is " + u.member().type().describe() + " but the other " + usual.size() + " members named "
          + e.getKey() + " are " + example.member().type().describe() + " (e.g. " + example.owner() + " at "
          + example.member().location() + ")", "type kept as written here");
    }
  }

  /** What a type is on the wire; enums and timestamps are strings there. */
  static String wireKind(TypeRef t) {
    return switch (t.kind()) {
      case STRING, TIMESTAMP, ENUM -> "string";
      case INTEGER -> "integer";
      case FLOAT, DOUBLE, BIGDECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case STRUCTURE -> "object";
      case LIST -> "list of " + wireKind(t.element());
    };
  }

  private record Spelled(ErrorCode error, String page) {}

  /** {@code INVALID_X} on some pages and {@code X} (or {@code InvalidX}) on others. */
  private static void errorSpellings(Service service, Diags d) {
    Map<String, Map<String, List<Spelled>>> byKey = new TreeMap<>();
    List<Spelled> all = new ArrayList<>();
    service.commonErrors().forEach(e -> all.add(new Spelled(e, e.location().file())));
    for (Operation op : service.operations()) {
      op.errors().forEach(e -> all.add(new Spelled(e, op.location().file())));
    }
    for (Spelled s : all) {
      String key = key(s.error().code());
      if (key.length() >= 6) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(s.error().code(), k -> new ArrayList<>()).add(s);
      }
    }
    for (Map<String, List<Spelled>> spellings : byKey.values()) {
      if (spellings.size() < 2) {
        continue;
      }
      String usual = spellings.entrySet().stream()
          .max((a, b) -> Long.compare(pages(a.getValue()), pages(b.getValue()))).orElseThrow().getKey();
      Spelled at = spellings.get(usual).get(0);
      for (Map.Entry<String, List<Spelled>> e : spellings.entrySet()) {
        if (e.getKey().equals(usual)) {
          continue;
        }
        for (Spelled s : e.getValue()) {
          d.report(s.error().location(), DiagnosticCode.ERROR_CODE_SPELLING, "error code " + e.getKey()
              + " is spelled " + usual + " on " + pages(spellings.get(usual)) + " other page(s) (e.g. "
              + at.error().location() + ")", "both spellings kept");
        }
      }
    }
  }

  private static long pages(List<Spelled> uses) {
    return uses.stream().map(Spelled::page).distinct().count();
  }

  /** Upper case, separators dropped, a leading INVALID dropped: INVALID_ZONE, InvalidZone, ZONE agree. */
  static String key(String code) {
    String k = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return k.startsWith("INVALID") ? k.substring("INVALID".length()) : k;
  }

  /** Structures reachable from a request whose table has no required column. */
  private static void inputStructures(Service service, Set<String> withoutRequired, Diags d) {
    Map<String, String> firstUse = new TreeMap<>();
    for (Operation op : service.operations()) {
      Deque<TypeRef> todo = new ArrayDeque<>();
      Map<TypeRef, String> via = new LinkedHashMap<>();
      for (Member m : op.request()) {
        todo.add(m.type());
        via.put(m.type(), op.name() + "." + m.name());
      }
      Set<String> seen = new TreeSet<>();
      while (!todo.isEmpty()) {
        TypeRef t = todo.poll();
        String path = via.getOrDefault(t, op.name());
        TypeRef base = t.isList() ? t.element() : t;
        if (base.kind() != TypeRef.Kind.STRUCTURE || !seen.add(base.shape())) {
          continue;
        }
        firstUse.putIfAbsent(base.shape(), path);
        Shape shape = service.shape(base.shape()).orElse(null);
        if (shape instanceof StructureShape s) {
          for (Member m : s.members()) {
            todo.add(m.type());
            via.putIfAbsent(m.type(), path + "." + m.name());
          }
        }
      }
    }
    for (StructureShape s : service.structures()) {
      if (firstUse.containsKey(s.name()) && withoutRequired.contains(s.docName()) && !s.members().isEmpty()) {
        d.report(s.location(), DiagnosticCode.INPUT_STRUCTURE_WITHOUT_REQUIRED, "structure " + s.docName()
            + " is request input (" + firstUse.get(s.name()) + ") but its table has no required column",
            "all its members treated as optional");
      }
    }
  }

  /** A description that introduces another action of the service as "this API" and never its own. */
  private static void descriptions(Service service, Map<String, List<DescriptionParagraph>> parts, Diags d) {
    Set<String> actions = new TreeSet<>();
    service.operations().forEach(op -> actions.add(op.name()));
    for (Operation op : service.operations()) {
      String text = op.description();
      if (text.isBlank() || text.contains(op.name())) {
        continue;
      }
      for (String sentence : text.split("(?<=[。.!?！？\\n])")) {
        if (!SELF.matcher(sentence).find()) {
          continue;
        }
        Matcher w = WORD.matcher(sentence);
        String other = null;
        while (w.find() && other == null) {
          if (actions.contains(w.group()) && !w.group().equals(op.name())) {
            other = w.group();
          }
        }
        if (other != null) {
          d.report(where(parts.getOrDefault(op.name(), List.of()), sentence.strip(), op.location()),
              DiagnosticCode.DESCRIPTION_NAMES_OTHER_ACTION, "the description of " + op.name()
              + " speaks of " + other + " as this action (\"" + sentence.strip() + "\")", "description kept");
          break;
        }
      }
    }
  }

  /** The paragraph a sentence of the description is in; the page's H1 when none holds it. */
  private static SourceLocation where(List<DescriptionParagraph> paragraphs, String sentence, SourceLocation page) {
    return paragraphs.stream().filter(p -> p.text().contains(sentence)).map(DescriptionParagraph::location).findFirst()
        .orElse(page);
  }
}
