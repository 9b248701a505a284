package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.CodeBlock;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an example code block into its parts: the {@code Host:} line, the action header, and the
 * request and response bodies after {@code Request:} / {@code Response:} markers (ASCII or
 * fullwidth colon). Bodies are kept exactly as written; validity is checked elsewhere.
 */
final class ExampleParser {

  // Possessive runs of spaces and stars (*+), and no lazy group before trailing spaces: a line of
  // many spaces must fail in one pass, not by trying every way to share them out.
  private static final Pattern MARKER =
      Pattern.compile(
          "(?i)^\\s*+\\**+\\s*+(request|response|请求|响应|返回|请求示例|响应示例|返回示例|请求参数|返回结果|输出|输入|output|input)"
              + "(?:\\s*+(?:body|example|示例))?\\s*+\\**+\\s*+[:：]\\s*+\\**+\\s*+(.*)$");
  private static final Pattern HEADER = Pattern.compile("^\\s*+([A-Za-z][A-Za-z0-9-]*+)\\s*+[:：]\\s*+(.*)$");

  private ExampleParser() {}

  /** Whether a code block looks like an API example (HTTP request line, action header, or a marker). */
  public static boolean looksLikeExample(CodeBlock block) {
    if (CurlExample.isCurl(block)) {
      return true;
    }
    for (String line : block.lines()) {
      String l = line.strip();
      if (l.startsWith("POST ") || l.regionMatches(true, 0, "X-ZC-Action", 0, 11)
          || l.regionMatches(true, 0, "X-TC-Action", 0, 11) || MARKER.matcher(l).matches()) {
        return true;
      }
    }
    return false;
  }

  public static RawExample parse(CodeBlock block, String title, String file) {
    if (CurlExample.isCurl(block)) {
      return CurlExample.parse(block, title, file);
    }
    String host = "";
    String action = "";
    String actionHeader = "";
    SourceLocation actionAt = null;
    List<String> lines = block.lines();
    // role per body: 0 none yet, 1 request, 2 response
    int role = 0;
    StringBuilder[] bodies = {null, new StringBuilder(), new StringBuilder()};
    int[] bodyLine = {0, 0, 0};
    boolean sawMarker = false;
    List<String> unmarked = new ArrayList<>();
    int unmarkedLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int fileLine = block.firstLine() + i;
      Matcher marker = MARKER.matcher(line);
      if (marker.matches()) {
        String word = marker.group(1).toLowerCase(Locale.ROOT);
        role = word.startsWith("req") || word.startsWith("请求") || word.startsWith("输入")
            || word.equals("input") ? 1 : 2;
        sawMarker = true;
        if (bodies[role].length() > 0) {
          bodies[role].append('\n'); // a second body of the same kind: keep both, as written
        }
        String rest = marker.group(2);
        if (!rest.isBlank()) {
          append(bodies, bodyLine, role, rest, fileLine);
        }
        continue;
      }
      if (role != 0) {
        append(bodies, bodyLine, role, line, fileLine);
        continue;
      }
      Matcher header = HEADER.matcher(line);
      String stripped = line.strip();
      if (header.matches() && !stripped.startsWith("{") && !stripped.startsWith("\"")) {
        String name = header.group(1);
        if (name.equalsIgnoreCase("Host")) {
          host = header.group(2).strip();
        } else if (name.equalsIgnoreCase("X-ZC-Action") || name.equalsIgnoreCase("X-TC-Action")) {
          action = header.group(2).strip();
          actionHeader = name;
          actionAt = SourceLocation.of(file, fileLine, line.indexOf(name) + 1);
        }
        continue;
      }
      if (stripped.startsWith("POST ") || stripped.startsWith("GET ") || stripped.startsWith("<")) {
        continue;
      }
      if (!stripped.isEmpty() || !unmarked.isEmpty()) {
        if (unmarked.isEmpty()) {
          unmarkedLine = fileLine;
        }
        unmarked.add(line);
      }
    }
    String request = trimBody(bodies[1]);
    String response = trimBody(bodies[2]);
    if (!sawMarker && !unmarked.isEmpty()) {
      String body = String.join("\n", unmarked).strip();
      boolean isResponse = body.contains("\"response\"") || body.contains("\"requestId\"");
      if (isResponse) {
        response = body;
        bodyLine[2] = unmarkedLine;
      } else {
        request = body;
        bodyLine[1] = unmarkedLine;
      }
    }
    return new RawExample(
        title, host, action, actionHeader, actionAt, request, request.isEmpty() ? 0 : bodyLine[1],
        response, response.isEmpty() ? 0 : bodyLine[2],
        SourceLocation.of(file, block.line(), block.column()));
  }

  private static void append(StringBuilder[] bodies, int[] bodyLine, int role, String text, int fileLine) {
    StringBuilder sb = bodies[role];
    if (sb.length() == 0 && text.isBlank()) {
      return; // leading blank lines are not part of the body
    }
    if (sb.length() == 0 && bodyLine[role] == 0) {
      bodyLine[role] = fileLine;
    } else if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append(text);
  }

  private static String trimBody(StringBuilder sb) {
    String s = sb.toString();
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
