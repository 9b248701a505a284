package io.github.docsdk.read.internal;

import io.github.docsdk.read.Text;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/**
 * Renders the inline children of a commonmark node (paragraph, heading, table cell) to
 * {@link Text}. Walks iteratively so that pathological nesting cannot overflow the stack.
 */
public final class InlineRenderer {

  private InlineRenderer() {}

  public static Text render(Node parent, String raw) {
    TextBuilder out = new TextBuilder();
    HtmlText.TagHandler tags = new HtmlText.TagHandler(out);
    renderChildren(parent, out, tags);
    return out.build(raw);
  }

  static void renderChildren(Node parent, TextBuilder out, HtmlText.TagHandler tags) {
    Node node = parent.getFirstChild();
    // Per open link: where its text starts in the builder (kept in a linked chain on the nodes).
    java.util.ArrayDeque<TextBuilder.Mark> linkStarts = new java.util.ArrayDeque<>();
    while (node != null) {
      boolean descend = false;
      if (node instanceof org.commonmark.node.Text t) {
        out.text(t.getLiteral());
      } else if (node instanceof Code c) {
        out.literal("`" + c.getLiteral() + "`");
      } else if (node instanceof HtmlInline h) {
        String lit = h.getLiteral();
        if (lit.startsWith("<!--")) {
          // comment: nothing
        } else {
          tags.tag(lit);
        }
      } else if (node instanceof SoftLineBreak) {
        out.space();
      } else if (node instanceof HardLineBreak) {
        out.newline();
      } else if (node instanceof Image) {
        // images carry no API facts
      } else if (node instanceof org.commonmark.node.Link) {
        linkStarts.push(out.mark());
        descend = node.getFirstChild() != null;
        if (!descend) {
          linkStarts.pop();
          out.link(out.mark(), ((org.commonmark.node.Link) node).getDestination());
        }
      } else {
        descend = node.getFirstChild() != null; // emphasis, strong, extension nodes
      }
      if (descend) {
        node = node.getFirstChild();
        continue;
      }
      // move to the next node, closing parents on the way up
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        if (node == null || node == parent) {
          return;
        }
        closeNode(node, out, linkStarts);
      }
      if (node == null) {
        return;
      }
      node = node.getNext();
    }
  }

  private static void closeNode(Node node, TextBuilder out, java.util.ArrayDeque<TextBuilder.Mark> linkStarts) {
    if (node instanceof org.commonmark.node.Link link && !linkStarts.isEmpty()) {
      out.link(linkStarts.pop(), link.getDestination());
    }
  }
}
