package io.github.docsdk.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read Markdown page: its blocks in document order, flattened (paragraphs of lists and block
 * quotes appear in place), with GitBook liquid tags and hints recognised.
 *
 * @param path the page's path relative to the docs root, with {@code /}
 * @param blocks in document order
 * @param frontMatterLines number of lines of YAML front matter at the top (0 when none)
 * @param frontMatter the front matter's text without the {@code ---} fences, or empty
 * @param limits where reading reached one of the {@link InputLimits} (what was left out), in page order
 */
public record MarkdownPage(String path, List<Block> blocks, int frontMatterLines, String frontMatter,
    List<LimitHit> limits) {

  public MarkdownPage {
    blocks = List.copyOf(blocks);
    frontMatter = frontMatter == null ? "" : frontMatter;
    limits = limits == null ? List.of() : List.copyOf(limits);
  }

  public MarkdownPage(String path, List<Block> blocks, int frontMatterLines, String frontMatter) {
    this(path, blocks, frontMatterLines, frontMatter, List.of());
  }

  /** The first level-1 heading, if any. */
  public Optional<Heading> title() {
    for (Block b : blocks) {
      if (b instanceof Heading h && h.level() == 1) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  public List<Heading> headings() {
    List<Heading> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Every heading with the blocks that follow it up to the next heading of the same or a higher
   * level (so a section's content includes its sub-headings).
   */
  public List<Section> sections() {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Heading h) {
        int end = i + 1;
        while (end < blocks.size()
            && !(blocks.get(end) instanceof Heading next && next.level() <= h.level())) {
          end++;
        }
        out.add(new Section(h, blocks.subList(i + 1, end)));
      }
    }
    return out;
  }

  /** A heading and its content. */
  public record Section(Heading heading, List<Block> content) {
    public Section {
      content = List.copyOf(content);
    }

    public <T extends Block> List<T> blocks(Class<T> type) {
      List<T> out = new ArrayList<>();
      for (Block b : content) {
        if (type.isInstance(b)) {
          out.add(type.cast(b));
        }
      }
      return out;
    }

    /** Content up to the first sub-heading (the section's own text). */
    public List<Block> ownContent() {
      List<Block> out = new ArrayList<>();
      for (Block b : content) {
        if (b instanceof Heading) {
          break;
        }
        out.add(b);
      }
      return out;
    }
  }
}
