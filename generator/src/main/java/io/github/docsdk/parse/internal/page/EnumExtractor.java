package io.github.docsdk.parse.internal.page;

import io.github.docsdk.spec.DocText;
import io.github.docsdk.spec.EnumValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enumerated values in a member's description, in the notations the docs use: list items
 * ({@code - centos}, {@code - SELL：...}, {@code - PUBLIC_IMAGE-公共镜像}), {@code VALUE: text} /
 * {@code VALUE：text} lines (several may share one paragraph), and lead-in lists such as
 * {@code 取值范围：IPV4、IPV6}. Ordinary prose must not produce values, so every notation requires
 * at least two clear value tokens.
 */
public final class EnumExtractor {

  /** A wire value: no spaces, starts with a letter or digit. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
  /** {@code VALUE:} / {@code VALUE：} at the start of a line or after a separator. */
  private static final Pattern COLON_ITEM =
      Pattern.compile("(?:^|(?<=[\\s。，；;,、]))`?([A-Za-z0-9][A-Za-z0-9_.\\-]{0,63})`?\\s*[:：](?!//)");
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "(?i)(?:取值范围|可选值|可能值|可取值|取值|枚举值|有效值|possible values?|valid values?|allowed values?|"
              + "available values?|optional values?|enum values?|value range|range of values|values? (?:can be|are|is|include)"
              + "|one of)\\s*(?:为|是|包括|如下)?\\s*[:：]?\\s*(.+)");
  private static final Pattern ITEM_COLON = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9_.\\-]{0,63})\\s*[:：]\\s*(.*)$");
  private static final Pattern ITEM_DASH = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9_.]{0,63})\\s*[-－—]\\s*(\\S.*)$");
  private static final Pattern ITEM_SPACED_DASH =
      Pattern.compile("^([A-Za-z0-9][A-Za-z0-9_.]{0,63})\\s+[-－—–]\\s+(\\S.*)$");
  private static final Pattern ITEM_PAREN =
      Pattern.compile("^([A-Za-z0-9][A-Za-z0-9_.\\-]{0,63})\\s*[（(](.*)[)）]\\s*[。.]?$");
  private static final Set<String> PROSE_WORDS =
      Set.of("note", "notes", "default", "unit", "units", "example", "examples", "range", "value",
          "values", "valid", "notice", "format", "possible", "tip", "warning", "important", "e.g", "eg",
          "i.e", "ie", "type", "for", "if", "when", "see", "the", "and", "or", "such", "including");

  private EnumExtractor() {}

  public static List<EnumValue> extract(DocText description) {
    List<EnumValue> fromList = listItems(description);
    if (!fromList.isEmpty()) {
      return fromList;
    }
    List<String> lines = new ArrayList<>();
    for (DocText.Line line : description.lines()) {
      lines.add(line.text());
    }
    List<EnumValue> fromColons = colonItems(lines);
    if (!fromColons.isEmpty()) {
      return fromColons;
    }
    return leadIn(lines);
  }

  /** The first list whose items are all values (with or without explanations), at least two. */
  private static List<EnumValue> listItems(DocText description) {
    for (DocText.Block block : description.blocks()) {
      if (block.kind() != DocText.Block.Kind.LIST || block.lines().size() < 2) {
        continue;
      }
      List<EnumValue> run = new ArrayList<>();
      for (DocText.Line line : block.lines()) {
        EnumValue v = item(line.text());
        if (v == null) {
          run = null;
          break;
        }
        run.add(v);
      }
      if (run != null) {
        return dedupe(run);
      }
    }
    return List.of();
  }

  /** One list item: {@code VALUE}, {@code VALUE：text}, {@code VALUE: text}, {@code VALUE-text}. */
  static EnumValue item(String text) {
    String t = text.strip().replaceFirst("^`([^`]+)`", "$1");
    Matcher colon = ITEM_COLON.matcher(t);
    if (colon.matches() && !colon.group(2).startsWith("//")) {
      return new EnumValue(colon.group(1), colon.group(2).strip());
    }
    if (TOKEN.matcher(t).matches() && isValueLike(t, true)) {
      return new EnumValue(t, "");
    }
    Matcher dash = ITEM_DASH.matcher(t);
    if (dash.matches() && !Names.isAsciiLetter(dash.group(2).charAt(0))) {
      return new EnumValue(dash.group(1), dash.group(2).strip());
    }
    Matcher spaced = ITEM_SPACED_DASH.matcher(t);
    if (spaced.matches() && isValueLike(spaced.group(1), false)) {
      return new EnumValue(spaced.group(1), spaced.group(2).strip()); // "AVAILABLE - The disk is free."
    }
    Matcher paren = ITEM_PAREN.matcher(t);
    if (paren.matches()) {
      return new EnumValue(paren.group(1), paren.group(2).strip());
    }
    return null;
  }

  /** {@code VALUE: text} occurrences, one or several per line; at least two in all. */
  private static List<EnumValue> colonItems(List<String> lines) {
    List<EnumValue> values = new ArrayList<>();
    for (String line : lines) {
      String l = line;
      Matcher m = COLON_ITEM.matcher(l);
      List<int[]> hits = new ArrayList<>();
      while (m.find()) {
        if (isValueLike(m.group(1), false)) {
          hits.add(new int[] {m.start(1), m.end(1), m.end(), m.start()});
        }
      }
      for (int i = 0; i < hits.size(); i++) {
        int[] h = hits.get(i);
        int descEnd = i + 1 < hits.size() ? hits.get(i + 1)[3] : l.length();
        values.add(new EnumValue(l.substring(h[0], h[1]), l.substring(h[2], descEnd).strip()));
      }
    }
    return values.size() >= 2 ? dedupe(values) : List.of();
  }

  /** {@code 取值范围：IPV4、IPV6} and {@code Valid values: A, B}. */
  private static List<EnumValue> leadIn(List<String> lines) {
    for (String line : lines) {
      if (!mayLeadIn(line)) {
        continue;
      }
      Matcher m = LEAD_IN.matcher(line);
      if (!m.find()) {
        continue;
      }
      String rest = m.group(1).strip();
      while (!rest.isEmpty() && "。.；;".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
        rest = rest.substring(0, rest.length() - 1);
      }
      String[] parts = rest.split("\\s*(?:、|,|，|/|\\||\\bor\\b|\\band\\b|或)\\s*");
      List<EnumValue> values = new ArrayList<>();
      boolean ok = parts.length >= 2;
      for (String p : parts) {
        String v = p.strip().replace("`", "").replace("\"", "");
        Matcher paren = ITEM_PAREN.matcher(v);
        if (paren.matches() && isValueLike(paren.group(1), true)) {
          values.add(new EnumValue(paren.group(1), paren.group(2).strip())); // "SYSTEM (system disk)"
          continue;
        }
        if (!TOKEN.matcher(v).matches() || !isValueLike(v, true)) {
          ok = false;
          break;
        }
        values.add(new EnumValue(v, ""));
      }
      if (ok) {
        return dedupe(values);
      }
    }
    return List.of();
  }

  /**
   * Whether {@link #LEAD_IN} can match: each of its phrases has 值, "value" or "one of" (in any ASCII
   * case). Most description lines have none, and a failing search over a whole line is what the regex
   * costs most.
   */
  private static boolean mayLeadIn(String line) {
    if (line.indexOf('值') >= 0) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("value") || lower.contains("one of");
  }

  /**
   * Whether a token looks like a wire value rather than a word of prose. Upper-case codes,
   * camel-case names and tokens with {@code - _ .} qualify; plain English words only in lists.
   */
  static boolean isValueLike(String token, boolean inList) {
    if (PROSE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (token.chars().allMatch(Character::isDigit)) {
      return inList;
    }
    boolean hasUpper = false;
    boolean hasLower = false;
    boolean structural = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      hasUpper |= Character.isUpperCase(c);
      hasLower |= Character.isLowerCase(c);
      structural |= c == '_' || c == '-' || c == '.';
    }
    if (hasUpper && !hasLower) {
      return token.length() >= 2 || inList;
    }
    if (inList) {
      return true;
    }
    boolean innerUpper = false;
    for (int i = 1; i < token.length(); i++) {
      innerUpper |= Character.isUpperCase(token.charAt(i));
    }
    return innerUpper || structural;
  }

  private static List<EnumValue> dedupe(List<EnumValue> values) {
    Map<String, EnumValue> byValue = new LinkedHashMap<>();
    for (EnumValue v : values) {
      byValue.putIfAbsent(v.value(), v);
    }
    return List.copyOf(byValue.values());
  }
}
