package io.github.docsdk.parse.internal;

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
  private static final Pattern HEADER =
      Pattern.compile("(?:-H|--header)\\s+(['\"])\\s*([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*?)\\s*\\1");
  private static final Pattern DATA =
      Pattern.compile("(?:-d|--data|--data-raw|--data-binary)\\s+(['\"])(.*?)\\1(?=\\s|$)", Pattern.DOTALL);

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
      if (name.equalsIgnoreCase("X-ZC-Action") || name.equalsIgnoreCase("X-TC-Action")) {
        action = header.group(3);
        actionHeader = name;
        actionAt = at(block, file, text, header.start(2));
        break;
      }
    }
    String request = "";
    int requestLine = 0;
    Matcher data = DATA.matcher(text);
    if (data.find()) {
      request = data.group(2).strip();
      requestLine = request.isEmpty() ? 0 : at(block, file, text, data.start(2)).line();
    }
    return new RawExample(title, host, action, actionHeader, actionAt, request, requestLine, "", 0,
        SourceLocation.of(file, block.line(), block.column()));
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
