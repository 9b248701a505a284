package io.github.docsdk.parse.internal.page;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.lint.DescriptionParagraph;
import io.github.docsdk.read.Block;
import io.github.docsdk.read.CodeBlock;
import io.github.docsdk.read.Heading;
import io.github.docsdk.read.Hint;
import io.github.docsdk.read.HtmlBlock;
import io.github.docsdk.read.LimitHit;
import io.github.docsdk.read.Link;
import io.github.docsdk.read.MarkdownPage;
import io.github.docsdk.read.MarkdownPage.Section;
import io.github.docsdk.read.Paragraph;
import io.github.docsdk.read.Table;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one read page into what it contributes: an action, structures and enums, or common
 * error codes. Page kinds are recognised from content (H1, section keywords, table headers),
 * never from file names.
 */
public final class PageParser {

  private final MarkdownPage page;
  private final String file;
  private final Diags d;

  private PageParser(MarkdownPage page, Diags d) {
    this.page = page;
    this.file = page.path();
    this.d = d;
  }

  public static Raw.Page parse(MarkdownPage page, Diags d) {
    return new PageParser(page, d).parse();
  }

  /** Reads a page only for its error table (the common error codes page). */
  public static List<ErrorCode> commonErrors(MarkdownPage page, Diags d) {
    reportLimits(page, d);
    List<ErrorCode> out = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (b instanceof Table t) {
        TableDialect.Columns cols = TableDialect.classify(t);
        if (cols.kind() == TableDialect.Kind.ERRORS) {
          out.addAll(Tables.errors(t, cols, page.path(), d));
        }
      }
    }
    return out;
  }

  /** Where reading the page reached a limit of {@code InputLimits}, and what was left out. */
  static void reportLimits(MarkdownPage page, Diags d) {
    boolean pageRows = false;
    for (LimitHit hit : page.limits()) {
      SourceLocation at = SourceLocation.of(page.path(), hit.line(), hit.column());
      if (hit.kind() == LimitHit.Kind.PAGE_ROWS && pageRows) {
        continue; // once a page: every table after the first cut one is cut too
      }
      pageRows |= hit.kind() == LimitHit.Kind.PAGE_ROWS;
      switch (hit.kind()) {
        case TABLE_ROWS -> d.report(at, DiagnosticCode.TABLE_TOO_LONG, hit.detail(),
            "rows from here on dropped without being read");
        case PAGE_ROWS -> d.report(at, DiagnosticCode.PAGE_TOO_MANY_ROWS, hit.detail(),
            "rows from here on dropped without being read");
        case CELLS -> d.report(at, DiagnosticCode.ROW_TOO_WIDE, hit.detail(),
            "cells from here on dropped in this table");
        case CELL_CHARS -> d.report(at, DiagnosticCode.CELL_TOO_LONG, hit.detail(),
            "the rest of the cell left out, here and in this table's other long cells");
      }
    }
  }

  private SourceLocation at(int line, int column) {
    return SourceLocation.of(file, line, column);
  }

  private Raw.Page parse() {
    reportLimits(page, d);
    checkHeadings();
    Heading h1 = page.title().orElse(null);
    Map<Sections.Kind, Section> sections = topSections();
    // An action page has parameter tables under request/response headings (a page that merely
    // talks about responses, like the envelope page, is not one).
    boolean apiSections = (sections.containsKey(Sections.Kind.REQUEST) || sections.containsKey(Sections.Kind.RESPONSE))
        && (hasMemberTable(sections.get(Sections.Kind.REQUEST)) || hasMemberTable(sections.get(Sections.Kind.RESPONSE))
            || (h1 != null && Names.isIdentifier(Names.normalize(h1.text()))));
    if (h1 != null && apiSections) {
      String title = Names.normalize(h1.text());
      String name = Names.isIdentifier(title) ? title : actionLike(title);
      if (!name.equals(title)) {
        // "# Describe Instances": the title spells the examples' action with spaces
        String named = ExampleSection.actionName(page);
        if (!named.isEmpty() && !named.equals(name) && asciiKey(title).equals(Names.anchorKey(named))) {
          name = named;
        }
      }
      if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
        if (!name.equals(title)) {
          d.report(at(h1.line(), h1.column()), DiagnosticCode.ACTION_TITLE, "page title \"" + title
              + "\" is not just an action name", "action taken as " + name);
        }
        frontMatter();
        return new Raw.Page(file, operation(name, h1, sections), structureShapes(sections), List.of());
      }
      Heading named = otherH1Naming(h1);
      if (named != null) {
        // "# 查询余额" then "# DescribeBalance": the second H1 names the action
        String action = Names.leadingIdentifier(named.text());
        d.report(at(named.line(), named.column()), DiagnosticCode.ACTION_TITLE, "page title \"" + title
            + "\" names no action; a later H1 does", "action taken as " + action);
        frontMatter();
        return new Raw.Page(file, operation(action, named, sections), structureShapes(sections), List.of());
      }
      String fallback = ExampleSection.actionName(page);
      if (!fallback.isEmpty()) {
        d.report(at(h1.line(), h1.column()), DiagnosticCode.ACTION_TITLE, "page title \"" + title + "\" names no action",
            "action taken as " + fallback + " from the front matter or the examples");
        frontMatter();
        return new Raw.Page(file, operation(fallback, h1, sections), structureShapes(sections), List.of());
      }
      d.report(at(h1.line(), h1.column()), DiagnosticCode.NO_ACTION_NAME, "page has request/response sections but its title \""
          + title + "\" names no action", "page skipped");
      return Raw.Page.empty(file);
    }
    if (h1 == null && apiSections) {
      String fallback = ExampleSection.actionName(page);
      if (!fallback.isEmpty()) {
        d.report(at(1, 1), DiagnosticCode.ACTION_TITLE, "page has no H1 title", "action taken as " + fallback
            + " from the front matter or the examples");
        Heading none = new Heading(1, fallback, "", false, false, 1, 1);
        return new Raw.Page(file, operation(fallback, none, sections), structureShapes(sections), List.of());
      }
      d.report(at(1, 1), DiagnosticCode.NO_ACTION_NAME, "page has request/response sections but no H1 title", "page skipped");
      return Raw.Page.empty(file);
    }
    List<Raw.Shape> shapes = new ShapeSections(page, d).shapes(page.sections(), 2);
    if (!shapes.isEmpty()) {
      frontMatter();
    }
    return new Raw.Page(file, null, shapes, List.of());
  }

  /** A later H1 that starts with an action-like name, or null. */
  private Heading otherH1Naming(Heading first) {
    for (Heading h : page.headings()) {
      String lead = Names.leadingIdentifier(h.text());
      if (h.level() == 1 && h != first && !lead.isEmpty() && Character.isUpperCase(lead.charAt(0))
          && Names.normalize(h.text()).startsWith(lead) && Sections.kind(h) == Sections.Kind.OTHER) {
        return h;
      }
    }
    return null;
  }

  /**
   * The title's first VerbNoun-like word ({@code "API: DescribeZones"} gives DescribeZones, not API),
   * else its leading identifier.
   */
  static String actionLike(String title) {
    for (String word : Names.normalize(title).split("[^A-Za-z0-9_]+")) {
      long uppers = word.chars().filter(Character::isUpperCase).count();
      boolean lower = word.chars().anyMatch(Character::isLowerCase);
      if (Names.isIdentifier(word) && Character.isUpperCase(word.charAt(0)) && uppers >= 2 && lower) {
        return word;
      }
    }
    return Names.leadingIdentifier(title);
  }

  /** Lower-case ASCII letters and digits of {@code s}, nothing else. */
  private static String asciiKey(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : Names.normalize(s).toCharArray()) {
      if (Names.isAsciiLetter(c) || (c >= '0' && c <= '9')) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private void frontMatter() {
    if (page.frontMatterLines() > 0) {
      d.report(at(1, 1), DiagnosticCode.FRONT_MATTER, "YAML front matter (lines 1-" + page.frontMatterLines() + ") before the H1",
          "ignored");
    }
  }

  private void checkHeadings() {
    for (Heading h : page.headings()) {
      SourceLocation loc = at(h.line(), h.column());
      if (h.text().isBlank()) {
        d.report(loc, DiagnosticCode.EMPTY_HEADING, "heading \"" + "#".repeat(h.level()) + "\" has no text", "ignored");
      }
      if (h.hasEntity()) {
        d.report(loc, DiagnosticCode.HEADING_ENTITY, "HTML entity in heading \"" + h.raw() + "\"", "decoded");
      }
      if (h.raw().contains("**") || h.raw().contains("__")) {
        d.report(loc, DiagnosticCode.HEADING_EMPHASIS, "emphasis in heading \"" + h.raw().strip() + "\"", "markup ignored");
      }
      if (h.hasHtml()) {
        d.report(loc, DiagnosticCode.HEADING_HTML, "HTML anchor in heading \"" + h.raw() + "\"", "markup ignored");
      }
    }
  }

  /** The first section of each kind among level 2 and 3 headings. */
  private Map<Sections.Kind, Section> topSections() {
    Map<Sections.Kind, Section> out = new EnumMap<>(Sections.Kind.class);
    Heading title = page.title().orElse(null);
    for (Section s : page.sections()) {
      int level = s.heading().level();
      // a section written as a second H1 ("# Request Parameters" under "# DescribeX") still counts
      boolean extraH1 = level == 1 && title != null && s.heading() != title;
      if ((level < 2 && !extraH1) || level > 3) {
        continue;
      }
      Sections.Kind kind = Sections.kind(s.heading());
      Section first = out.get(kind);
      if (kind == Sections.Kind.EXAMPLES && first != null && level == first.heading().level()) {
        // "## Request Example" then "## Response Example": one examples section
        List<Block> merged = new ArrayList<>(first.content());
        merged.add(s.heading());
        merged.addAll(s.content());
        out.put(kind, new Section(first.heading(), merged));
        continue;
      }
      if (kind != Sections.Kind.OTHER && !out.containsKey(kind)) {
        if (extraH1) {
          d.report(at(s.heading().line(), s.heading().column()), DiagnosticCode.SECTION_LEVEL, Sections.label(kind)
              + " section \"" + Names.normalize(s.heading().text()) + "\" is a second H1", "read as a section");
        }
        out.put(kind, s);
      }
    }
    return out;
  }

  private Raw.Operation operation(String name, Heading h1, Map<Sections.Kind, Section> sections) {
    SourceLocation loc = at(h1.line(), h1.column());
    checkFileName(name, loc);
    for (Map.Entry<Sections.Kind, Section> e : sections.entrySet()) {
      String canonical = Sections.canonicalChinese(e.getKey());
      Heading h = e.getValue().heading();
      String title = Sections.title(h);
      if (canonical != null && Sections.hasCjk(title) && !title.equals(canonical)) {
        d.report(at(h.line(), h.column()), DiagnosticCode.HEADING_VARIANT, Sections.label(e.getKey()) + " section titled \""
            + Names.normalize(h.text()) + "\" (usual: \"" + canonical + "\")", "recognised by keyword");
      }
    }
    List<String> notes = new ArrayList<>();
    List<DescriptionParagraph> descriptionParts = new ArrayList<>();
    String description = description(sections.get(Sections.Kind.DESCRIPTION), notes, descriptionParts);
    List<Raw.Member> request = memberTable(sections.get(Sections.Kind.REQUEST), "request", true, loc);
    Section responseSection = sections.get(Sections.Kind.RESPONSE);
    boolean responseTable = hasMemberTable(responseSection);
    List<Raw.Member> response = memberTable(responseSection, "response", false, loc);
    if (responseTable) {
      if (response.stream().noneMatch(m -> m.name().equals("requestId"))) {
        List<String> names = response.stream().map(Raw.Member::name).toList();
        d.report(loc, DiagnosticCode.NO_REQUEST_ID, "response table does not list requestId (" + String.join(", ", names) + ")",
            "requestId not added to the response");
      }
    }
    List<Link> errorLinks = new ArrayList<>();
    List<ErrorCode> errors = errors(sections.get(Sections.Kind.ERRORS), errorLinks);
    if (errors.isEmpty()) {
      d.report(loc, DiagnosticCode.NO_ERROR_TABLE, "no error codes listed", "only the common error codes apply");
    }
    emptyExampleBlocks(sections.get(Sections.Kind.EXAMPLES));
    return new Raw.Operation(name, file, loc, description, notes, request, response, responseTable, errors,
        ExampleSection.read(sections.get(Sections.Kind.EXAMPLES), page, file), errorLinks, descriptionParts);
  }

  /** Code blocks of the examples section with nothing inside: the example cross-check cannot run. */
  private void emptyExampleBlocks(Section examples) {
    if (examples == null) {
      return;
    }
    for (Block b : examples.content()) {
      if (b instanceof CodeBlock code && code.literal().isBlank()) {
        d.report(at(code.line(), code.column()), DiagnosticCode.EXAMPLE_EMPTY, "example code block is empty",
            "nothing to check the tables against");
      }
    }
  }

  private void checkFileName(String action, SourceLocation loc) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    String plain = base.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "").replaceFirst("-\\d+$", "");
    if (!Names.anchorKey(plain).equals(Names.anchorKey(action))
        && !plain.equals("readme") && !plain.equals("index")) {
      d.report(loc, DiagnosticCode.FILENAME_MISMATCH, "file name \"" + base + "\" does not match action \"" + action + "\"",
          "action taken from the H1");
    }
  }

  private String description(Section section, List<String> notes, List<DescriptionParagraph> parts) {
    List<Block> blocks = section == null ? preamble() : section.content();
    List<String> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      String text = null;
      if (b instanceof Hint hint) {
        if (!hint.content().isBlank()) {
          notes.add(hint.content().text());
        }
      } else if (b instanceof Paragraph p) {
        text = p.inList() ? "- " + p.content().text() : p.content().text();
      } else if (b instanceof Heading h && !h.text().isBlank()) {
        text = h.text();
      } else if (b instanceof HtmlBlock h) {
        text = h.content().text();
      }
      if (text != null) {
        paragraphs.add(text);
        parts.add(new DescriptionParagraph(text, at(b.line(), b.column())));
      }
    }
    if (section == null) {
      // hints outside a description section are still notes
      for (Block b : page.blocks()) {
        if (b instanceof Hint hint && !hint.content().isBlank() && !notes.contains(hint.content().text())) {
          notes.add(hint.content().text());
        }
      }
    }
    return joinParagraphs(paragraphs);
  }

  /** Consecutive list items stay on adjacent lines; other blocks are separated by a blank line. */
  static String joinParagraphs(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (String p : paragraphs) {
      if (p.isBlank()) {
        continue;
      }
      if (previous != null) {
        sb.append(previous.startsWith("- ") && p.startsWith("- ") ? "\n" : "\n\n");
      }
      sb.append(p.strip());
      previous = p;
    }
    return sb.toString();
  }

  private List<Block> preamble() {
    List<Block> out = new ArrayList<>();
    boolean afterH1 = false;
    for (Block b : page.blocks()) {
      if (b instanceof Heading h) {
        if (h.level() == 1 && !afterH1) {
          afterH1 = true;
          continue;
        }
        break;
      }
      if (afterH1) {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean hasMemberTable(Section section) {
    return section != null && firstMemberTable(section) != null;
  }

  private static Table firstMemberTable(Section section) {
    for (Block b : section.content()) {
      if (b instanceof Heading h && (ShapeSections.isTypeName(h) || Sections.kind(h) != Sections.Kind.OTHER)) {
        break; // tables under "### InstanceInfo" define structures
      }
      if (b instanceof Table t) {
        TableDialect.Columns cols = TableDialect.classify(t);
        if (cols.kind() == TableDialect.Kind.MEMBERS || cols.membersWithoutType()) {
          return t;
        }
      }
    }
    return null;
  }

  private List<Raw.Member> memberTable(Section section, String what, boolean requiredExpected, SourceLocation h1) {
    if (section == null) {
      d.report(h1, DiagnosticCode.MISSING_SECTION, "no " + what + " parameters section", "no " + what + " members");
      return List.of();
    }
    Table t = firstMemberTable(section);
    if (t == null) {
      for (Block b : section.ownContent()) {
        if (b instanceof Table other) {
          d.report(at(other.line(), other.column()), DiagnosticCode.UNRECOGNISED_TABLE, what + " table header \""
              + TableDialect.classify(other).headerText() + "\" is not a parameter table", "table ignored");
        }
      }
      return List.of();
    }
    TableDialect.Columns cols = TableDialect.classify(t);
    if (!containsBlock(section.ownContent(), t)) {
      d.report(at(t.line(), t.column()), DiagnosticCode.TABLE_UNDER_SUBHEADING, what + " table sits under a sub-heading of \""
          + Names.normalize(section.heading().text()) + "\"", "read as the " + what + " table");
    }
    if (cols.type() < 0) {
      d.report(at(t.line(), t.column()), DiagnosticCode.MISSING_TYPE_COLUMN, what + " table has no type column (\""
          + cols.headerText() + "\")", "all members treated as String");
    }
    Tables.checkHeader(cols, t, file, what, requiredExpected, d);
    return Tables.members(t, cols, file, what, d);
  }

  /**
   * Whether {@code blocks} holds this very block. Blocks of one page never compare equal unless they
   * are the same block (each starts at its own line and column), so identity is the same test as
   * {@code List.contains}, without comparing whole tables record by record.
   */
  static boolean containsBlock(List<? extends Block> blocks, Block block) {
    for (Block b : blocks) {
      if (b == block) {
        return true;
      }
    }
    return false;
  }

  private List<ErrorCode> errors(Section section, List<Link> links) {
    List<ErrorCode> out = new ArrayList<>();
    if (section == null) {
      return out;
    }
    for (Block b : section.content()) {
      if (b instanceof Table t) {
        TableDialect.Columns cols = TableDialect.classify(t);
        if (cols.kind() == TableDialect.Kind.ERRORS) {
          out.addAll(Tables.errors(t, cols, file, d));
        }
      } else if (b instanceof Paragraph p) {
        links.addAll(p.content().links());
      }
    }
    return out;
  }

  private List<Raw.Shape> structureShapes(Map<Sections.Kind, Section> sections) {
    return new ShapeSections(page, d).onActionPage(sections);
  }
}
