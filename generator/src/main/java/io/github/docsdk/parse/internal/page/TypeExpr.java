package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.Link;
import io.github.docsdk.read.Text;
import io.github.docsdk.spec.TypeRef;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A type as written in a table's type column, before links and names are resolved. */
public sealed interface TypeExpr {

  /** A built-in scalar; {@code canonical} is false for spellings like {@code string} or {@code int}. */
  record Scalar(TypeRef.Kind kind, boolean canonical, String written) implements TypeExpr {}

  record ListOf(TypeExpr element, boolean canonical, String written) implements TypeExpr {}

  /** A name, linked or not, to be resolved against the service's shapes. */
  record Named(String name, Link link, String written) implements TypeExpr {}

  record Empty() implements TypeExpr {}

  Pattern ARRAY = Pattern.compile("(?i)^(?:array|list|set|arr)\\s*(?:of\\b|<)\\s*(.*?)\\s*>?$");
  /** {@code List<Long>} unescaped in Markdown: commonmark takes {@code <Long>} for inline HTML. */
  Pattern BARE_GENERIC = Pattern.compile("(?i)\\s*(list|array|set)\\s*<\\s*([A-Za-z]\\w*)\\s*>\\s*");
  Pattern POSTFIX_LIST =
      Pattern.compile("(?i)^(?:([A-Za-z]\\w*)\\s+(?:array|list)|(字符串|整数|整型)\\s*(?:数组|列表))$");
  Pattern SUFFIX = Pattern.compile("^(.+?)\\s*\\[\\s*]$");

  Map<String, TypeRef.Kind> SCALARS =
      Map.ofEntries(
          Map.entry("string", TypeRef.Kind.STRING),
          Map.entry("str", TypeRef.Kind.STRING),
          Map.entry("text", TypeRef.Kind.STRING),
          Map.entry("integer", TypeRef.Kind.INTEGER),
          Map.entry("int", TypeRef.Kind.INTEGER),
          Map.entry("long", TypeRef.Kind.INTEGER),
          Map.entry("int32", TypeRef.Kind.INTEGER),
          Map.entry("int64", TypeRef.Kind.INTEGER),
          Map.entry("uint64", TypeRef.Kind.INTEGER),
          Map.entry("uint32", TypeRef.Kind.INTEGER),
          Map.entry("字符串", TypeRef.Kind.STRING),
          Map.entry("整数", TypeRef.Kind.INTEGER),
          Map.entry("整型", TypeRef.Kind.INTEGER),
          Map.entry("布尔", TypeRef.Kind.BOOLEAN),
          Map.entry("布尔值", TypeRef.Kind.BOOLEAN),
          Map.entry("布尔型", TypeRef.Kind.BOOLEAN),
          Map.entry("浮点数", TypeRef.Kind.DOUBLE),
          Map.entry("浮点型", TypeRef.Kind.DOUBLE),
          Map.entry("uint", TypeRef.Kind.INTEGER),
          Map.entry("float32", TypeRef.Kind.FLOAT),
          Map.entry("float64", TypeRef.Kind.DOUBLE),
          Map.entry("boolean", TypeRef.Kind.BOOLEAN),
          Map.entry("bool", TypeRef.Kind.BOOLEAN),
          Map.entry("float", TypeRef.Kind.FLOAT),
          Map.entry("double", TypeRef.Kind.DOUBLE),
          Map.entry("number", TypeRef.Kind.DOUBLE),
          Map.entry("bigdecimal", TypeRef.Kind.BIGDECIMAL),
          Map.entry("decimal", TypeRef.Kind.BIGDECIMAL),
          Map.entry("timestamp", TypeRef.Kind.TIMESTAMP),
          Map.entry("datetime", TypeRef.Kind.TIMESTAMP),
          Map.entry("date", TypeRef.Kind.TIMESTAMP));

  Map<TypeRef.Kind, String> CANONICAL =
      Map.of(
          TypeRef.Kind.STRING, "String",
          TypeRef.Kind.INTEGER, "Integer",
          TypeRef.Kind.BOOLEAN, "Boolean",
          TypeRef.Kind.FLOAT, "Float",
          TypeRef.Kind.DOUBLE, "Double",
          TypeRef.Kind.BIGDECIMAL, "BigDecimal",
          TypeRef.Kind.TIMESTAMP, "Timestamp");

  /** Parses a type cell: {@code String}, {@code Array of [X](a.md#x)}, HTML variants, plain names. */
  public static TypeExpr parse(Text cell) {
    String s = Names.normalize(cell.text().replace('\n', ' ').replace("`", ""));
    if (!s.contains("<") && cell.raw().indexOf('<') >= 0) {
      Matcher generic = BARE_GENERIC.matcher(cell.raw());
      if (generic.matches()) {
        s = Names.normalize(generic.group(1)) + "<" + generic.group(2) + ">"; // "List<Long>" read as an HTML tag
      }
    }
    while (s.endsWith("。") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return parse(s, cell, 0);
  }

  private static boolean endsWithIgnoreCase(String s, String suffix) {
    return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
  }

  private static TypeExpr parse(String s, Text cell, int depth) {
    if (s.isEmpty()) {
      return new Empty();
    }
    // Each pattern is tried only where its fixed start or end is there: most cells are a plain scalar or name.
    if (depth < 4) {
      Matcher array = "aAlLsS".indexOf(s.charAt(0)) >= 0 ? ARRAY.matcher(s) : null;
      if (array != null && array.matches() && !array.group(1).isEmpty()) {
        boolean canonical = s.startsWith("Array of ");
        return new ListOf(parse(array.group(1), cell, depth + 1), canonical, s);
      }
      Matcher postfix = endsWithIgnoreCase(s, "array") || endsWithIgnoreCase(s, "list") || s.endsWith("数组")
          || s.endsWith("列表") ? POSTFIX_LIST.matcher(s) : null;
      if (postfix != null && postfix.matches()) {
        String element = postfix.group(1) != null ? postfix.group(1) : postfix.group(2);
        return new ListOf(parse(element, cell, depth + 1), false, s); // "String Array", "字符串数组"
      }
      Matcher suffix = s.endsWith("]") ? SUFFIX.matcher(s) : null;
      if (suffix != null && suffix.matches()) {
        return new ListOf(parse(suffix.group(1), cell, depth + 1), false, s);
      }
    }
    TypeRef.Kind kind = SCALARS.get(s.toLowerCase(Locale.ROOT).replace(" ", ""));
    if (kind != null) {
      return new Scalar(kind, CANONICAL.get(kind).equals(s), s);
    }
    if (cell.links().isEmpty()) {
      // "Integer (int64)", "String，长度不超过64": a scalar with a remark
      String lead = Names.leadingIdentifier(s);
      TypeRef.Kind leadKind = s.startsWith(lead) && lead.length() < s.length()
          ? SCALARS.get(lead.toLowerCase(Locale.ROOT)) : null;
      if (leadKind != null && !Character.isLetterOrDigit(s.charAt(lead.length()))) {
        return new Scalar(leadKind, false, s);
      }
    }
    Link link = null;
    for (Link l : cell.links()) {
      String text = Names.normalize(l.text());
      if (!text.isEmpty() && s.contains(text)) {
        link = l;
        break;
      }
    }
    if (link == null && cell.links().size() == 1) {
      link = cell.links().get(0);
    }
    String name = link != null && !Names.normalize(link.text()).isEmpty() ? Names.normalize(link.text()) : s;
    return new Named(name, link, s);
  }
}
