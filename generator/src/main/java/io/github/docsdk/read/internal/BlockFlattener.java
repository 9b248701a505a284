package io.github.docsdk.read.internal;

import io.github.docsdk.read.Block;
import io.github.docsdk.read.CodeBlock;
import io.github.docsdk.read.Heading;
import io.github.docsdk.read.Hint;
import io.github.docsdk.read.HtmlBlock;
import io.github.docsdk.read.InputLimits;
import io.github.docsdk.read.LimitHit;
import io.github.docsdk.read.LiquidTag;
import io.github.docsdk.read.Paragraph;
import io.github.docsdk.read.Table;
import io.github.docsdk.read.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Flattens a commonmark tree into {@link Block}s, recognising liquid tags, hints and {@code <pre>}. */
public final class BlockFlattener {

  private static final Pattern LIQUID = Pattern.compile("\\{%-?\\s*(\\w+)([^%]*?)-?%}");
  private static final Pattern TITLE = Pattern.compile("(?:title|style)\\s*=\\s*\"([^\"]*)\"");

  private final String source;
  private final List<Block> out = new ArrayList<>();
  private final List<LimitHit> hits;
  /** The Markdown table rows of the whole page, as counted before parsing. */
  private final int markdownRows;
  /** Markdown table rows built so far, and HTML table rows. */
  private int markdownSeen;
  private int htmlRows;
  private TextBuilder hint;
  private String hintStyle;
  private int hintLine;
  private int hintColumn;

  private BlockFlattener(String source, int pageRows, List<LimitHit> hits) {
    this.source = source;
    this.markdownRows = pageRows;
    this.hits = hits;
  }

  public static List<Block> flatten(Node document, String source) {
    return flatten(document, source, 0, new ArrayList<>());
  }

  /**
   * @param pageRows the Markdown table rows {@link TableLimiter} counted (HTML tables add to them)
   * @param hits where limits are reached; added to when a table is cut here
   */
  public static List<Block> flatten(Node document, String source, int pageRows, List<LimitHit> hits) {
    BlockFlattener f = new BlockFlattener(source, pageRows, hits);
    f.walk(document);
    f.closeHint();
    return f.out;
  }

  private record Item(Node node, boolean inList) {}

  private void walk(Node document) {
    Deque<Item> stack = new ArrayDeque<>();
    pushChildren(stack, document, false);
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      Node n = item.node();
      if (n instanceof org.commonmark.node.Heading h) {
        heading(h);
      } else if (n instanceof org.commonmark.node.Paragraph p) {
        paragraph(p, item.inList());
      } else if (n instanceof org.commonmark.ext.gfm.tables.TableBlock t) {
        emit(table(t));
      } else if (n instanceof FencedCodeBlock f) {
        int line = line(f);
        emit(new CodeBlock(firstWord(f.getInfo()), lines(f.getLiteral()), line + 1, false, line, column(f)));
      } else if (n instanceof IndentedCodeBlock c) {
        emit(new CodeBlock("", lines(c.getLiteral()), line(c), false, line(c), column(c)));
      } else if (n instanceof org.commonmark.node.HtmlBlock h) {
        htmlBlock(h);
      } else {
        pushChildren(stack, n, item.inList() || n instanceof ListItem);
      }
    }
  }

  private static void pushChildren(Deque<Item> stack, Node parent, boolean inList) {
    List<Node> children = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(new Item(children.get(i), inList));
    }
  }

  private void heading(org.commonmark.node.Heading h) {
    String raw = raw(h).strip();
    int hashes = 0;
    while (hashes < raw.length() && raw.charAt(hashes) == '#') {
      hashes++;
    }
    raw = raw.substring(hashes).strip();
    boolean hasHtml = false;
    for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
      hasHtml |= c instanceof HtmlInline;
    }
    Text text = InlineRenderer.render(h, raw);
    Heading heading =
        new Heading(h.getLevel(), text.text().strip(), raw, hasHtml, Entities.containsEntity(raw), line(h), column(h));
    if (hint != null) {
      hint.paragraph().text(heading.text()).paragraph();
    } else {
      out.add(heading);
    }
  }

  private void paragraph(org.commonmark.node.Paragraph p, boolean inList) {
    Text text = InlineRenderer.render(p, raw(p));
    List<LiquidTag> before = new ArrayList<>();
    List<LiquidTag> after = new ArrayList<>();
    boolean seenText = false;
    for (SourceSpan span : p.getSourceSpans()) {
      String lineText = slice(span);
      if (lineText.indexOf("{%") < 0) { // no tag on this line (the common case): no matcher
        seenText |= !lineText.isBlank();
        continue;
      }
      Matcher m = LIQUID.matcher(lineText);
      boolean any = false;
      while (m.find()) {
        any = true;
        Matcher title = TITLE.matcher(m.group(2));
        LiquidTag tag =
            new LiquidTag(
                m.group(1).toLowerCase(Locale.ROOT),
                title.find() ? Entities.decode(title.group(1)) : "",
                span.getLineIndex() + 1,
                span.getColumnIndex() + m.start() + 1);
        (seenText ? after : before).add(tag);
      }
      if (!LIQUID.matcher(lineText).replaceAll("").isBlank()) {
        seenText = true;
      }
      if (!any && !lineText.isBlank()) {
        seenText = true;
      }
    }
    before.forEach(this::tag);
    String plain = text.text();
    String markup = text.markup();
    if (!before.isEmpty() || !after.isEmpty()) {
      plain = LIQUID.matcher(plain).replaceAll("").strip();
      markup = LIQUID.matcher(markup).replaceAll("").strip();
    }
    if (!plain.isBlank()) {
      Text cleaned = new Text(plain, text.links(), text.raw(), markup);
      if (hint != null) {
        if (inList) {
          hint.newline().literal("- ");
          hint.text(plain);
        } else {
          hint.paragraph().text(plain).paragraph();
        }
      } else {
        out.add(new Paragraph(cleaned, inList, line(p), column(p)));
      }
    }
    after.forEach(this::tag);
  }

  private void tag(LiquidTag tag) {
    switch (tag.name()) {
      case "hint" -> {
        closeHint();
        hint = new TextBuilder();
        hintStyle = tag.title();
        hintLine = tag.line();
        hintColumn = tag.column();
      }
      case "endhint" -> closeHint();
      default -> {
        if (hint == null) {
          out.add(tag);
        }
      }
    }
  }

  private void closeHint() {
    if (hint != null) {
      out.add(new Hint(hintStyle, hint.build(""), hintLine, hintColumn));
      hint = null;
    }
  }

  private void emit(Block block) {
    if (hint == null) {
      out.add(block);
    } else if (block instanceof Table t) {
      hint.paragraph();
      for (Table.Row r : t.rows()) {
        r.cells().forEach(c -> hint.text(c.text()).space());
        hint.newline();
      }
    } else if (block instanceof CodeBlock c) {
      hint.paragraph().text(c.literal()).paragraph();
    } else if (block instanceof HtmlBlock h) {
      hint.paragraph().text(h.content().text()).paragraph();
    } else {
      out.add(block);
    }
  }

  /**
   * The table, within the row and cell limits: {@link TableLimiter} has applied them to the text
   * already, this only catches a table that its scan did not recognise.
   */
  private Table table(org.commonmark.ext.gfm.tables.TableBlock t) {
    Table.Row header = null;
    List<Table.Row> rows = new ArrayList<>();
    boolean cut = false;
    for (Node section = t.getFirstChild(); section != null && !cut; section = section.getNext()) {
      for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
        if (!(r instanceof TableRow row)) {
          continue;
        }
        if (header != null && (rows.size() >= InputLimits.MAX_TABLE_ROWS || markdownSeen >= InputLimits.MAX_PAGE_ROWS)) {
          hits.add(rows.size() >= InputLimits.MAX_TABLE_ROWS
              ? new LimitHit(LimitHit.Kind.TABLE_ROWS, line(row), 1, "table has more than " + InputLimits.MAX_TABLE_ROWS + " rows")
              : new LimitHit(LimitHit.Kind.PAGE_ROWS, line(row), 1, "page has more than " + InputLimits.MAX_PAGE_ROWS
                  + " table rows"));
          cut = true;
          break;
        }
        List<Table.Cell> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (!(c instanceof TableCell cell)) {
            continue;
          }
          if (cells.size() == InputLimits.MAX_CELLS) {
            hits.add(new LimitHit(LimitHit.Kind.CELLS, line(cell), column(cell),
                "table row has more than " + InputLimits.MAX_CELLS + " cells"));
            break;
          }
          cells.add(new Table.Cell(InlineRenderer.render(cell, raw(cell).strip()), line(cell), column(cell)));
        }
        Table.Row built = new Table.Row(cells, line(row));
        if (section instanceof TableHead && header == null) {
          header = built;
        } else if (section instanceof TableBody || section instanceof TableHead) {
          rows.add(built);
          markdownSeen++;
        }
      }
    }
    if (header == null) {
      header = new Table.Row(List.of(), line(t));
    }
    return new Table(header, rows, line(t), column(t));
  }

  private void htmlBlock(org.commonmark.node.HtmlBlock h) {
    String literal = h.getLiteral();
    String trimmed = literal.stripLeading();
    if (trimmed.regionMatches(true, 0, "<pre", 0, 4)) {
      List<String> lines = new ArrayList<>();
      for (String l : lines(literal)) {
        lines.add(HtmlText.stripTags(l));
      }
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
      String cls = HtmlText.attribute(trimmed.substring(0, Math.max(0, trimmed.indexOf('>') + 1)), "class");
      String info = cls == null ? "" : cls.replace("language-", "").strip();
      emit(new CodeBlock(firstWord(info), lines, line(h), true, line(h), column(h)));
    } else if (trimmed.regionMatches(true, 0, "<table", 0, 6)) {
      HtmlTables.Read read = HtmlTables.read(literal, line(h), column(h),
          Math.min(InputLimits.MAX_TABLE_ROWS, InputLimits.MAX_PAGE_ROWS - markdownRows - htmlRows));
      htmlRows += read.table().rows().size();
      hits.addAll(read.hits());
      emit(read.table());
    } else {
      Text text = HtmlText.toText(literal);
      if (!text.isBlank()) {
        emit(new HtmlBlock(text, line(h), column(h)));
      }
    }
  }

  private static String firstWord(String info) {
    if (info == null) {
      return "";
    }
    String s = info.strip();
    int sp = 0;
    while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
      sp++;
    }
    return s.substring(0, sp);
  }

  private static List<String> lines(String literal) {
    List<String> lines = new ArrayList<>(List.of(literal.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    return lines;
  }

  private String raw(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    int start = first.getInputIndex();
    int end = last.getInputIndex() + last.getLength();
    if (start < 0 || end > source.length() || start > end) {
      return "";
    }
    return source.substring(start, end);
  }

  private String slice(SourceSpan span) {
    int start = span.getInputIndex();
    int end = start + span.getLength();
    if (start < 0 || end > source.length() || start > end) {
      return "";
    }
    return source.substring(start, end);
  }

  private static int line(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  private static int column(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
  }
}
