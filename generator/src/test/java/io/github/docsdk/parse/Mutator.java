package io.github.docsdk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Page mutations for robustness tests: structural (rows, cells, columns) and byte-level. */
final class Mutator {

  private Mutator() {}

  static String mutate(String page, SplittableRandom r) {
    String s = page;
    int rounds = 1 + r.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      s = once(s, r);
    }
    return s;
  }

  private static String once(String s, SplittableRandom r) {
    List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    if (lines.isEmpty()) {
      return s;
    }
    int at = r.nextInt(lines.size());
    switch (r.nextInt(14)) {
      case 0:
        return s.substring(0, r.nextInt(s.length() + 1)); // truncation
      case 1:
        lines.remove(at); // delete a line (row, heading, fence, ...)
        break;
      case 2:
        lines.add(at, lines.get(at)); // duplicate a line
        break;
      case 3:
        lines.set(at, cells(lines.get(at), r, Op.DELETE));
        break;
      case 4:
        lines.set(at, cells(lines.get(at), r, Op.DUPLICATE));
        break;
      case 5:
        lines.set(at, cells(lines.get(at), r, Op.SWAP));
        break;
      case 6:
        return randomBytes(s, r);
      case 7:
        lines.set(at, cells(lines.get(at), r, Op.HUGE));
        break;
      case 8:
        lines.add(at, nesting(r));
        break;
      case 9:
        lines.set(at, lines.get(at).replace("|", r.nextBoolean() ? "" : "||"));
        break;
      case 10: {
        int other = r.nextInt(lines.size());
        String tmp = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, tmp);
        break;
      }
      case 11:
        lines.set(at, lines.get(at).replace(",", "，").replace(":", "：").replace("\"", ""));
        break;
      case 12:
        lines.add(at, r.nextBoolean() ? "```json" : "<pre><code>{\"a\": [" + "[".repeat(r.nextInt(1500)));
        break;
      default:
        lines.set(at, lines.get(at).replaceAll("[A-Za-z]", String.valueOf((char) ('A' + r.nextInt(26)))));
        break;
    }
    return String.join("\n", lines);
  }

  private enum Op { DELETE, DUPLICATE, SWAP, HUGE }

  private static String cells(String line, SplittableRandom r, Op op) {
    if (!line.contains("|")) {
      return op == Op.HUGE ? line + "x".repeat(20_000) : line;
    }
    List<String> cells = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
    int i = r.nextInt(cells.size());
    switch (op) {
      case DELETE -> cells.remove(i);
      case DUPLICATE -> cells.add(i, cells.get(i));
      case SWAP -> {
        int j = r.nextInt(cells.size());
        String tmp = cells.get(i);
        cells.set(i, cells.get(j));
        cells.set(j, tmp);
      }
      case HUGE -> cells.set(i, "<p>" + "Array of [X](a.md#x) ".repeat(500 + r.nextInt(1_500)) + "</p>");
    }
    return String.join("|", cells);
  }

  private static String nesting(SplittableRandom r) {
    int depth = 100 + r.nextInt(1_500);
    return switch (r.nextInt(5)) {
      case 0 -> ">".repeat(depth) + " deep";
      case 1 -> "- ".repeat(Math.min(depth, 2_000)) + "deep";
      case 2 -> "*".repeat(depth) + "x" + "*".repeat(depth);
      case 3 -> "[".repeat(depth) + "x" + "](y)".repeat(depth);
      default -> "<ul><li>".repeat(depth) + "VALUE：x";
    };
  }

  private static String randomBytes(String s, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(s);
    int n = 1 + r.nextInt(20);
    for (int i = 0; i < n && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      char c = (char) r.nextInt(0x3000);
      if (Character.isSurrogate(c)) {
        c = '\uFFFD';
      }
      sb.setCharAt(at, c);
    }
    return sb.toString();
  }
}
