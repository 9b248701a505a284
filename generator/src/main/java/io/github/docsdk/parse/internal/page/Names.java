package io.github.docsdk.parse.internal.page;

import java.text.Normalizer;
import java.util.Locale;

/** Name helpers: identifiers, anchors and normalised comparison keys. */
public final class Names {

  private Names() {}

  /** NFKC (fullwidth to ASCII), trimmed, inner whitespace collapsed. */
  public static String normalize(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 0x21 && c < 0x7F || isStableHan(c) || (c == ' ' && i > 0 && s.charAt(i - 1) != ' ');
    }
    if (plain && !s.endsWith(" ")) {
      return s; // the common case: short ASCII or Chinese text, nothing to do
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return collapseSpaces(n.replace('\u00A0', ' ').strip());
  }

  /**
   * CJK unified ideographs and the ideographic comma and full stop: NFKC leaves them, and text made of
   * them and ASCII, unchanged (none decomposes, none is the second half of a composition).
   */
  private static boolean isStableHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c == '\u3001' || c == '\u3002';
  }

  /** Each run of whitespace as the regex {@code \s+} sees it (ASCII only) as one space, without a regex. */
  private static String collapseSpaces(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c) && (c != ' ' || i + 1 < s.length() && isRegexSpace(s.charAt(i + 1)))) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(' ');
        while (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
          i++;
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Drops format characters (zero-width space and joiners, BOM, soft hyphen) that copy-paste leaves in names. */
  public static String stripInvisible(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** A key for comparing headings and anchors: lower case letters and digits only. */
  public static String anchorKey(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@code s} is a plain identifier such as {@code DescribeImages} or {@code imageId}. */
  public static boolean isIdentifier(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code imageType} -> {@code ImageType}; {@code "vpc subnet"} -> {@code VpcSubnet}; non-ASCII dropped. */
  public static String upperCamel(String s) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
        if (sb.length() == 0 && c >= '0' && c <= '9') {
          sb.append('N');
        }
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      } else {
        up = true;
      }
    }
    return sb.toString();
  }

  /** The identifier part of a page or heading title, e.g. {@code "DescribeImages 查询镜像"} -> DescribeImages. */
  public static String leadingIdentifier(String s) {
    String n = normalize(s);
    int i = 0;
    while (i < n.length() && !isAsciiLetter(n.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < n.length()
        && (isAsciiLetter(n.charAt(i)) || Character.isDigit(n.charAt(i)) || n.charAt(i) == '_')) {
      i++;
    }
    return n.substring(start, i);
  }
}
