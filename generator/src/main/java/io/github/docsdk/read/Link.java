package io.github.docsdk.read;

import java.util.Objects;

/**
 * A link found in text: Markdown {@code [text](destination)} or HTML {@code <a href>}.
 *
 * @param text the link's visible text, plain
 * @param destination the target as written (relative path, absolute URL, {@code #anchor})
 */
public record Link(String text, String destination) {

  public Link {
    text = text == null ? "" : text;
    Objects.requireNonNull(destination, "destination");
  }

  /** The part after {@code #}, or empty. */
  public String anchor() {
    int hash = destination.indexOf('#');
    return hash < 0 ? "" : destination.substring(hash + 1);
  }

  /** The part before {@code #} (and before any {@code ?}), or empty for a same-page anchor. */
  public String target() {
    int end = destination.length();
    int hash = destination.indexOf('#');
    if (hash >= 0) {
      end = hash;
    }
    int query = destination.indexOf('?');
    if (query >= 0 && query < end) {
      end = query;
    }
    return destination.substring(0, end);
  }

  public boolean isAbsoluteUrl() {
    String d = destination.toLowerCase(java.util.Locale.ROOT);
    return d.startsWith("http://") || d.startsWith("https://");
  }
}
