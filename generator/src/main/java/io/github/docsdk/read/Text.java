package io.github.docsdk.read;

import java.util.List;

/**
 * Inline content turned into plain text, keeping the links it contained.
 *
 * <p>Paragraphs ({@code <p>}, list blocks) are separated by a blank line, line breaks ({@code <br>},
 * list items) by a newline, list items start with {@code "- "}, code spans keep their backticks,
 * HTML entities are decoded and other markup is dropped.
 *
 * @param text the plain text
 * @param links the links, in order
 * @param raw the source text as written
 * @param markup the plain text with its links written as {@code [text](destination)}: the form
 *     descriptions take in the model ({@code io.github.docsdk.spec.DocText} reads it)
 */
public record Text(String text, List<Link> links, String raw, String markup) {

  public static final Text EMPTY = new Text("", List.of(), "");

  public Text {
    text = text == null ? "" : text;
    links = List.copyOf(links);
    raw = raw == null ? "" : raw;
    markup = markup == null ? text : markup;
  }

  /** Text without link markup (its markup is the plain text). */
  public Text(String text, List<Link> links, String raw) {
    this(text, links, raw, null);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
