package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of enumerated values: one value written in two cases across the docs, values that look
 * like a typo of their neighbour, and value lists in descriptions that were not read as an enum.
 */
final class EnumRules {

  /** {@code VALUE：text}, {@code VALUE: text} or {@code VALUE - text} at the start of a line. */
  private static final Pattern VALUE_LINE = Pattern.compile("^\\s*([A-Z][A-Z0-9_]{1,40})\\s*(?:[:：]|\\s-\\s)");
  /** Mixed-case values ({@code Ready：可用}) count only after a lead-in that says values follow. */
  private static final Pattern MIXED_VALUE_LINE = Pattern.compile("^\\s*([A-Z][A-Za-z0-9_]{1,40})\\s*(?:[:：]|\\s-\\s)");
  private static final Pattern LEAD_IN = Pattern.compile("(?i)(可选值|取值|可能值|possible values|valid values|values)\\s*[:：]");

  private EnumRules() {}

  static void check(Service service, Diags d) {
    valueCase(service, d);
    typos(service, d);
    unreadLists(service, d);
  }

  /** {@code Ready} in one enum, {@code READY} in another (or the same). */
  private static void valueCase(Service service, Diags d) {
    List<EnumShape> enums = service.enums();
    Set<String> actionPages = new java.util.TreeSet<>();
    service.operations().forEach(op -> actionPages.add(op.location().file()));
    for (int i = 0; i < enums.size(); i++) {
      for (int j = i; j < enums.size(); j++) {
        for (EnumValue a : enums.get(i).values()) {
          for (EnumValue b : enums.get(j).values()) {
            if (i == j && a == b) {
              continue;
            }
            if (!a.value().equals(b.value()) && a.value().equalsIgnoreCase(b.value())
                && (i != j || a.value().compareTo(b.value()) < 0)) {
              // said where the odd spelling most likely is: on the action page rather than the status table
              boolean firstOnActionPage = actionPages.contains(enums.get(i).location().file())
                  && !actionPages.contains(enums.get(j).location().file());
              EnumShape here = firstOnActionPage ? enums.get(i) : enums.get(j);
              EnumShape there = firstOnActionPage ? enums.get(j) : enums.get(i);
              String mine = firstOnActionPage ? a.value() : b.value();
              String theirs = firstOnActionPage ? b.value() : a.value();
              d.report(here.location(), DiagnosticCode.ENUM_VALUE_CASE, "value " + mine + " of " + here.name()
                  + " differs only in case from " + theirs + " of " + there.name() + " (" + there.location() + ")",
                  "both kept as written; the wire value decides");
            }
          }
        }
      }
    }
  }

  /** Two values of one enum one doubled letter or one swap apart ({@code BINDDING}, {@code BINDING}). */
  private static void typos(Service service, Diags d) {
    for (EnumShape e : service.enums()) {
      List<EnumValue> values = e.values();
      for (int i = 0; i < values.size(); i++) {
        for (int j = i + 1; j < values.size(); j++) {
          String a = values.get(i).value();
          String b = values.get(j).value();
          if (Math.min(a.length(), b.length()) >= 5 && likelyTypo(a, b)) {
            d.report(e.location(), DiagnosticCode.ENUM_VALUE_TYPO, "values " + a + " and " + b + " of " + e.name()
                + " differ by one repeated or swapped letter", "both kept");
          }
        }
      }
    }
  }

  static boolean likelyTypo(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return false;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() == shorter.length() + 1) {
      for (int k = 1; k < longer.length(); k++) {
        // a letter written twice where the other has it once
        if (Character.isLetter(longer.charAt(k)) && longer.charAt(k) == longer.charAt(k - 1)
            && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
          return true;
        }
      }
      return false;
    }
    if (a.length() == b.length()) {
      int first = -1;
      for (int k = 0; k < a.length(); k++) {
        if (a.charAt(k) != b.charAt(k)) {
          first = k;
          break;
        }
      }
      return first >= 0 && first + 1 < a.length() && Character.isLetter(a.charAt(first))
          && Character.isLetter(a.charAt(first + 1)) && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }
    return false;
  }

  /** A String member whose description lists two or more values line by line, not read as an enum. */
  private static void unreadLists(Service service, Diags d) {
    List<Member> members = new ArrayList<>();
    for (Operation op : service.operations()) {
      members.addAll(op.request());
      members.addAll(op.response());
    }
    for (StructureShape s : service.structures()) {
      members.addAll(s.members());
    }
    for (Member m : members) {
      TypeRef base = m.type().isList() ? m.type().element() : m.type();
      if (base.kind() != TypeRef.Kind.STRING) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      Pattern valueLine = LEAD_IN.matcher(m.description()).find() ? MIXED_VALUE_LINE : VALUE_LINE;
      for (String line : m.description().split("\\R|<br\\s*/?>")) {
        Matcher v = valueLine.matcher(line);
        if (v.find()) {
          values.add(v.group(1));
        }
      }
      if (values.size() >= 2) {
        d.report(m.location(), DiagnosticCode.VALUE_LIST_NOT_READ, "the description of " + m.name() + " lists values "
            + String.join(", ", values) + " that were not read as an enum", "member stays a String");
      }
    }
  }
}
