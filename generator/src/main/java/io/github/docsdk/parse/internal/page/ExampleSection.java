package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.Block;
import io.github.docsdk.read.CodeBlock;
import io.github.docsdk.read.Heading;
import io.github.docsdk.read.LiquidTag;
import io.github.docsdk.read.MarkdownPage;
import io.github.docsdk.read.MarkdownPage.Section;
import io.github.docsdk.read.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** The examples of an action page, each titled by the text or tab above it. */
final class ExampleSection {

  private ExampleSection() {}

  static List<RawExample> read(Section section, MarkdownPage page, String file) {
    List<Block> blocks = section == null ? page.blocks() : section.content();
    List<RawExample> out = new ArrayList<>();
    String title = "";
    String tabTitle = "";
    boolean titleOpen = true;
    for (Block b : blocks) {
      if (b instanceof LiquidTag tag && tag.name().equals("tab")) {
        tabTitle = tag.title();
      } else if ((b instanceof Paragraph || b instanceof Heading) && titleOpen) {
        String text = b instanceof Paragraph p ? p.content().text() : ((Heading) b).text();
        if (!text.isBlank()) {
          title = text.lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
          titleOpen = false;
        }
      } else if (b instanceof CodeBlock code && (ExampleParser.looksLikeExample(code)
          || (section != null && code.literal().strip().startsWith("{")))) {
        RawExample ex = ExampleParser.parse(code, title.isEmpty() ? tabTitle : title, file);
        RawExample previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous != null && previous.response().isEmpty() && !previous.request().isEmpty()
            && ex.request().isEmpty() && !ex.response().isEmpty() && ex.actionAt() == null) {
          // a request block followed by its response block (e.g. two tabs): one example
          out.set(out.size() - 1, new RawExample(previous.title(), previous.host(), previous.action(),
              previous.actionHeader(), previous.actionAt(), previous.request(), previous.requestLine(),
              ex.response(), ex.responseLine(), previous.location()));
        } else {
          out.add(ex);
        }
        title = "";
        titleOpen = true;
      }
    }
    return out;
  }

  /** The action named by the front matter's description or by the examples' action header. */
  static String actionName(MarkdownPage page) {
    for (String line : page.frontMatter().split("\n")) {
      String l = line.strip();
      if (l.startsWith("description:")) {
        String v = l.substring("description:".length()).strip().replace("\"", "").replace("'", "");
        if (Names.isIdentifier(v) && Character.isUpperCase(v.charAt(0))) {
          return v;
        }
      }
    }
    for (Block b : page.blocks()) {
      if (b instanceof CodeBlock code && ExampleParser.looksLikeExample(code)) {
        String action = ExampleParser.parse(code, "", page.path()).action();
        if (Names.isIdentifier(action)) {
          return action;
        }
      }
    }
    return "";
  }
}
