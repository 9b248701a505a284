package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.CodeBlock;
import io.github.docsdk.spec.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example written as a {@code curl} command (English pages do this): the URL gives the host and
 * service path, {@code -H 'X-ZC-Action: X'} the action, {@code -d '{...}'} the request body.
 */
final class CurlExample {

  private static final Pattern URL = Pattern.compile("https?://([^\\s'\"]+)");
  // Only the openings are patterns; the closing quote is looked for by hand, so that many openings
  // that never close cost one pass over the text instead of one each.
  private static final Pattern HEADER =
      Pattern.compile("(?:-H|--header)\\s++(['\"])\\s*+([A-Za-z][A-Za-z0-9-]*+)\\s*+:");
  private static final Pattern DATA = Pattern.compile("(?:-d|--data|--data-raw|--data-binary)\\s++(['\"])");

  private CurlExample() {}

  static boolean isCurl(CodeBlock block) {
    for (String line : block.lines()) {
      String l = line.strip();
      if (!l.isEmpty()) {
        return l.startsWith("curl ") || l.startsWith("$ curl ");
      }
    }
    return false;
  }

  static RawExample parse(CodeBlock block, String title, String file) {
    // line continuations become spaces so that offsets still map to lines
    String text = String.join("\n", block.lines()).replace("\\\n", " \n");
    String host = "";
    Matcher url = URL.matcher(text);
    if (url.find()) {
      host = url.group(1);
    }
    String action = "";
    String actionHeader = "";
    SourceLocation actionAt = null;
    Matcher header = HEADER.matcher(text);
    while (header.find()) {
      String name = header.group(2);
      int close = headerEnd(text, header.end(), header.group(1).charAt(0));
      if (close >= 0 && (name.equalsIgnoreCase("X-ZC-Action") || name.equalsIgnoreCase("X-TC-Action"))) {
        action = text.substring(header.end(), close).strip();
        actionHeader = name;
        actionAt = at(block, file, text, header.start(2));
        break;
      }
    }
    String request = "";
    int requestLine = 0;
    Matcher data = DATA.matcher(text);
    boolean[] neverClosed = new boolean[2]; // per quote kind: no later opening of it can close either
    while (data.find()) {
      char quote = data.group(1).charAt(0);
      if (neverClosed[quote == '\'' ? 0 : 1]) {
        continue;
      }
      int close = bodyEnd(text, data.end(), quote);
      if (close >= 0) {
        request = text.substring(data.end(), close).strip();
        requestLine = request.isEmpty() ? 0 : at(block, file, text, data.end()).line();
        break;
      }
      neverClosed[quote == '\'' ? 0 : 1] = true;
    }
    return new RawExample(title, host, action, actionHeader, actionAt, request, requestLine, "", 0,
        SourceLocation.of(file, block.line(), block.column()));
  }

  /** The closing quote of a header value on the same line, or -1. */
  private static int headerEnd(String text, int from, char quote) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote) {
        return i;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The quote that closes a body (followed by white space or the end), or -1 when none does. */
  private static int bodyEnd(String text, int from, char quote) {
    for (int i = text.indexOf(quote, from); i >= 0; i = text.indexOf(quote, i + 1)) {
      if (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static SourceLocation at(CodeBlock block, String file, String text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceLocation.of(file, block.firstLine() + line, offset - lineStart + 1);
  }
}
