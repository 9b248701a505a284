package io.github.docsdk.read;

import io.github.docsdk.read.internal.BlockFlattener;
import io.github.docsdk.read.internal.TableLimiter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one Markdown page (CommonMark + GFM tables, with source spans) into a {@link MarkdownPage}.
 * Thread-safe; never throws for odd Markdown.
 */
public final class MarkdownReader {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownReader() {}

  /**
   * @param path the page's path relative to the docs root (used in locations)
   * @param content the page's text
   */
  public static MarkdownPage read(String path, String content) {
    String text = content.startsWith("\uFEFF") ? " " + content.substring(1) : content;
    int fmLines = frontMatterLines(text);
    String frontMatter = "";
    if (fmLines > 0) {
      // Blank the front matter out (keeping line count) so that lines stay true to the file.
      String[] lines = text.split("\n", -1);
      StringBuilder fm = new StringBuilder();
      StringBuilder rest = new StringBuilder(text.length());
      for (int i = 0; i < lines.length; i++) {
        if (i < fmLines) {
          if (i > 0 && i < fmLines - 1) {
            fm.append(lines[i]).append('\n');
          }
          rest.append('\n');
        } else {
          rest.append(lines[i]);
          if (i < lines.length - 1) {
            rest.append('\n');
          }
        }
      }
      text = rest.toString();
      frontMatter = fm.toString();
    }
    TableLimiter.Result limited = TableLimiter.limit(text);
    text = limited.text();
    Node document = parse(text);
    List<LimitHit> hits = new ArrayList<>(limited.hits());
    List<Block> blocks = BlockFlattener.flatten(document, text, limited.pageRows(), hits);
    hits.sort(Comparator.comparingInt(LimitHit::line).thenComparingInt(LimitHit::column));
    return new MarkdownPage(path, blocks, fmLines, frontMatter, hits);
  }

  /**
   * commonmark recurses on nested inline markup; pathological pages (thousands of nested
   * emphasis markers) are retried on a thread with a large stack before giving up.
   */
  private static Node parse(String text) {
    try {
      return PARSER.parse(text);
    } catch (StackOverflowError e) {
      Node[] result = new Node[1];
      Throwable[] failure = new Throwable[1];
      Thread t = new Thread(null, () -> {
        try {
          result[0] = PARSER.parse(text);
        } catch (Throwable x) {
          failure[0] = x;
        }
      }, "docsdk-deep-page", DEEP_STACK_BYTES);
      t.start();
      try {
        t.join();
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw e;
      }
      if (failure[0] instanceof StackOverflowError overflow) {
        throw overflow;
      }
      if (failure[0] instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure[0] != null) {
        throw e;
      }
      return result[0];
    }
  }

  private static final long DEEP_STACK_BYTES = 1L << 30;

  /** Lines taken by a leading {@code ---} ... {@code ---} block, or 0. */
  static int frontMatterLines(String text) {
    if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
      return 0;
    }
    int line = 1;
    int pos = text.indexOf('\n') + 1;
    while (pos < text.length() && line < 200) {
      int end = text.indexOf('\n', pos);
      String l = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
      line++;
      if (l.equals("---") || l.equals("...")) {
        return line;
      }
      if (end < 0) {
        return 0;
      }
      pos = end + 1;
    }
    return 0;
  }
}
