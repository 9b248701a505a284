package io.github.docsdk.read.internal;

import java.util.Map;

/** Decodes the HTML character references seen in GitBook exports (numeric and common named ones). */
public final class Entities {

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("amp", "&"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ensp", " "),
          Map.entry("emsp", " "),
          Map.entry("thinsp", " "),
          Map.entry("zwj", ""),
          Map.entry("zwnj", ""),
          Map.entry("hellip", "…"),
          Map.entry("mdash", "—"),
          Map.entry("ndash", "–"),
          Map.entry("times", "×"),
          Map.entry("copy", "©"),
          Map.entry("reg", "®"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"));

  private Entities() {}

  /** Whether the text contains something that looks like a character reference. */
  public static boolean containsEntity(String s) {
    int amp = s.indexOf('&');
    while (amp >= 0) {
      int semi = s.indexOf(';', amp);
      if (semi > amp + 1 && semi - amp <= 10 && isReference(s.substring(amp + 1, semi))) {
        return true;
      }
      amp = s.indexOf('&', amp + 1);
    }
    return false;
  }

  public static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '&') {
        int semi = s.indexOf(';', i);
        if (semi > i + 1 && semi - i <= 10) {
          String decoded = decodeOne(s.substring(i + 1, semi));
          if (decoded != null) {
            out.append(decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isReference(String body) {
    return decodeOne(body) != null;
  }

  private static String decodeOne(String body) {
    if (body.startsWith("#")) {
      try {
        int cp =
            body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                ? Integer.parseInt(body.substring(2), 16)
                : Integer.parseInt(body.substring(1));
        if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return "\uFFFD";
        }
        return new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NAMED.get(body);
  }
}
