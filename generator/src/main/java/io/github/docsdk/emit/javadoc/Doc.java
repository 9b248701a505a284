package io.github.docsdk.emit.javadoc;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes one Javadoc comment from paragraphs of docs text and generated sentences, with block
 * tags at the end. Text from the docs goes through {@link DocText}; generated HTML is trusted.
 */
public final class Doc {

  private final List<String> blocks = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();

  /** Adds text from the docs (escaped; its paragraphs kept). */
  public Doc text(String docsText) {
    String html = DocText.html(docsText);
    if (!html.isEmpty()) {
      blocks.add(html);
    }
    return this;
  }

  /** Adds doc text already read as structure (a member's {@code doc()}). */
  public Doc text(io.github.docsdk.spec.DocText docsText) {
    String html = DocText.html(docsText);
    if (!html.isEmpty()) {
      blocks.add(html);
    }
    return this;
  }

  /** Adds a generated paragraph of trusted HTML. */
  public Doc html(String trustedHtml) {
    if (!trustedHtml.isEmpty()) {
      blocks.add(trustedHtml);
    }
    return this;
  }

  /** Adds an HTML list of trusted items, skipped when empty. */
  public Doc list(String introHtml, List<String> itemsHtml) {
    if (itemsHtml.isEmpty()) {
      return this;
    }
    StringBuilder out = new StringBuilder(introHtml).append("\n<ul>");
    for (String item : itemsHtml) {
      out.append("\n  <li>").append(item).append("</li>");
    }
    blocks.add(out.append("\n</ul>").toString());
    return this;
  }

  public Doc param(String name, String trustedHtml) {
    tags.add("@param " + name + " " + trustedHtml);
    return this;
  }

  public Doc returns(String trustedHtml) {
    tags.add("@return " + trustedHtml);
    return this;
  }

  public Doc throwsTag(String exception, String trustedHtml) {
    tags.add("@throws " + exception + " " + trustedHtml);
    return this;
  }

  /** True when nothing but tags was added. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** The comment text; paragraphs after the first start with {@code <p>}, a list stands alone. */
  public CodeBlock build() {
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      if (out.length() > 0) {
        out.append(block.startsWith("<ul>") ? "\n" : "\n\n<p>");
      }
      out.append(block);
    }
    if (!tags.isEmpty()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(String.join("\n", tags));
    }
    return CodeBlock.of("$L\n", out.toString());
  }
}
