package io.github.docsdk.emit.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Turns names from the docs into Java identifiers. Only ASCII letters and digits survive, so the
 * generated sources never depend on the compiler's encoding; everything else separates words.
 */
public final class JavaNames {

  private JavaNames() {}

  /** Words of a name: split at non-alphanumerics, keeping camel humps inside each word. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** {@code describe-images} and {@code describeImages} give {@code DescribeImages}. */
  public static String upperCamel(String name, String fallback) {
    StringBuilder out = new StringBuilder();
    for (String w : words(name)) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return startValid(out.length() == 0 ? fallback : out.toString());
  }

  /** {@code DescribeImages} gives {@code describeImages}; a leading acronym is lowered whole. */
  public static String lowerCamel(String name, String fallback) {
    String upper = upperCamel(name, fallback);
    int n = 0;
    while (n < upper.length() && Character.isUpperCase(upper.charAt(n))) {
      n++;
    }
    if (n > 1 && n < upper.length() && Character.isLowerCase(upper.charAt(n))) {
      n--; // "URLPath" -> "urlPath": the last capital starts the next word
    }
    if (n == 0) {
      return upper;
    }
    return upper.substring(0, n).toLowerCase(Locale.ROOT) + upper.substring(n);
  }

  /**
   * A member's name as the docs write it when it is already a plain identifier (so accessors are
   * named exactly after the JSON names), otherwise a lowerCamel rendering of its words.
   */
  public static String memberName(String jsonName) {
    if (isPlainIdentifier(jsonName)) {
      return jsonName;
    }
    List<String> words = words(jsonName);
    if (words.isEmpty()) {
      return "member";
    }
    StringBuilder out = new StringBuilder(words.get(0));
    for (String w : words.subList(1, words.size())) {
      out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return startValid(out.toString());
  }

  /** {@code PUBLIC_IMAGE} stays; {@code centos} gives {@code CENTOS}, {@code CentOS7.4} {@code CENT_OS7_4}. */
  public static String constantName(String value, String fallback) {
    StringBuilder out = new StringBuilder();
    for (String w : words(value)) {
      if (out.length() > 0) {
        out.append('_');
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(w.charAt(i - 1))) {
          out.append('_');
        }
        out.append(Character.toUpperCase(c));
      }
    }
    return startValid(out.length() == 0 ? fallback : out.toString());
  }

  private static boolean isPlainIdentifier(String name) {
    if (name.isEmpty() || !SourceVersion.isIdentifier(name)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || c == '$') {
        return false;
      }
    }
    return true;
  }

  private static String startValid(String name) {
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }
}
