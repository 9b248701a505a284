package io.github.docsdk.parse.internal.draft;

/**
 * Repairs the JSON mistakes typical of hand-written examples, keeping every character on its line
 * so locations stay true: fullwidth {@code ，：“”} outside strings and trailing commas.
 */
final class JsonRepair {

  private JsonRepair() {}

  static String repair(String text) {
    char[] c = text.toCharArray();
    boolean inString = false;
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (inString) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"' || ch == '\n') {
          inString = false;
        }
        continue;
      }
      switch (ch) {
        case '"' -> inString = true;
        case '，' -> c[i] = ',';
        case '：' -> c[i] = ':';
        case '“', '”' -> {
          c[i] = '"';
          inString = ch == '“';
        }
        case '}', ']' -> {
          int j = i - 1;
          while (j >= 0 && Character.isWhitespace(c[j])) {
            j--;
          }
          if (j >= 0 && c[j] == ',') {
            c[j] = ' ';
          }
        }
        default -> {
          // unchanged
        }
      }
    }
    return new String(c);
  }
}
