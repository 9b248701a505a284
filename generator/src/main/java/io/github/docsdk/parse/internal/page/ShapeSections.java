package io.github.docsdk.parse.internal.page;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.read.Block;
import io.github.docsdk.read.Heading;
import io.github.docsdk.read.MarkdownPage;
import io.github.docsdk.read.MarkdownPage.Section;
import io.github.docsdk.read.Paragraph;
import io.github.docsdk.read.Table;
import io.github.docsdk.spec.DocText;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Structures and enums defined under headings: a member or value table, or a list of values. */
final class ShapeSections {

  private final MarkdownPage page;
  private final String file;
  private final Diags d;

  ShapeSections(MarkdownPage page, Diags d) {
    this.page = page;
    this.file = page.path();
    this.d = d;
  }

  private SourceLocation at(int line, int column) {
    return SourceLocation.of(file, line, column);
  }

  /** The structures an action page defines: under its data-structure section, or as loose {@code ## Name} sections. */
  List<Raw.Shape> onActionPage(Map<Sections.Kind, Section> sections) {
    Section s = sections.get(Sections.Kind.STRUCTURES);
    List<Section> subs = new ArrayList<>();
    List<Section> loose = new ArrayList<>();
    for (Section candidate : page.sections()) {
      Heading h = candidate.heading();
      if (s != null && h.level() > s.heading().level() && PageParser.containsBlock(s.content(), h)) {
        subs.add(candidate);
      } else if (h.level() >= 2 && !isTopSection(sections, candidate) && isTypeName(h)) {
        // "## CircuitInfo" after the error codes: a structure defined on the action page itself
        loose.add(candidate);
      }
    }
    List<Raw.Shape> out = new ArrayList<>(s == null ? List.of() : shapes(subs, s.heading().level() + 1));
    for (Raw.Shape shape : shapes(loose, 2)) {
      d.report(shape.location(), DiagnosticCode.SHAPE_ON_ACTION_PAGE, "\"" + shape.docName()
          + "\" is defined on an action page outside a data-structure section", "read as a shared type");
      out.add(shape);
    }
    return out;
  }

  /**
   * {@code sections.containsValue(candidate)} without comparing the sections' blocks record by record:
   * sections of one page with the same heading block are equal exactly when they are as long (a merged
   * examples section is longer than the one it starts with).
   */
  private static boolean isTopSection(Map<Sections.Kind, Section> sections, Section candidate) {
    for (Section s : sections.values()) {
      if (s.heading() == candidate.heading() && s.content().size() == candidate.content().size()) {
        return true;
      }
    }
    return false;
  }

  /** {@code ## InstanceStatus} followed by a list of values ({@code - RUNNING: running}) instead of a table. */
  private java.util.Optional<Raw.Shape> listedEnum(Section s) {
    Heading h = s.heading();
    if (!isTypeName(h)) {
      return java.util.Optional.empty();
    }
    List<String> items = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    for (Block b : s.ownContent()) {
      if (b instanceof Paragraph p && p.inList()) {
        items.add("- " + p.content().markup().strip());
      } else if (b instanceof Paragraph p) {
        prose.add(p.content().text());
      }
    }
    List<io.github.docsdk.spec.EnumValue> values = items.size() < 2 ? List.of()
        : EnumExtractor.extract(DocText.parse(String.join("\n", items)));
    if (values.size() != items.size()) {
      return java.util.Optional.empty(); // not every item is a value: prose, not an enum
    }
    String name = Names.stripInvisible(Names.normalize(h.text()).replace("`", ""));
    SourceLocation loc = at(h.line(), h.column());
    d.report(loc, DiagnosticCode.ENUM_AS_LIST, "enum " + name + " lists its values as a list, not a table", "read as an enum");
    return java.util.Optional.of(new Raw.Enum(name, Names.anchorKey(name), file, PageParser.joinParagraphs(prose), values, loc));
  }

  static boolean isTypeName(Heading h) {
    String t = Names.stripInvisible(Names.normalize(h.text()).replace("`", ""));
    return Names.isIdentifier(t) && Character.isUpperCase(t.charAt(0));
  }

  /** Structures and enums: a heading followed by a member or enum table. */
  List<Raw.Shape> shapes(List<Section> candidates, int minLevel) {
    List<Raw.Shape> out = new ArrayList<>();
    for (Section s : candidates) {
      Heading h = s.heading();
      if (h.level() < minLevel) {
        continue;
      }
      Table table = null;
      List<String> description = new ArrayList<>();
      for (Block b : s.ownContent()) {
        if (b instanceof Table t) {
          table = t;
          break;
        } else if (b instanceof Paragraph p) {
          description.add(p.content().text());
        }
      }
      if (table == null) {
        listedEnum(s).ifPresent(out::add);
        continue;
      }
      TableDialect.Columns cols = TableDialect.classify(table);
      if (cols.kind() != TableDialect.Kind.MEMBERS && cols.kind() != TableDialect.Kind.ENUM) {
        continue;
      }
      String title = Names.normalize(h.text());
      String name = Names.isIdentifier(title) ? title : Names.leadingIdentifier(title);
      SourceLocation loc = at(h.line(), h.column());
      if (name.isEmpty()) {
        d.report(loc, DiagnosticCode.INVALID_SHAPE_NAME, "heading \"" + title + "\" above a table names no structure", "table ignored");
        continue;
      }
      String anchor = Names.anchorKey(title);
      String desc = PageParser.joinParagraphs(description);
      if (cols.kind() == TableDialect.Kind.ENUM) {
        String vh = cols.valueHeader();
        if (!vh.equals("状态值") && !vh.equalsIgnoreCase("Value") && !vh.equalsIgnoreCase("Values")) {
          d.report(at(table.line(), table.column()), DiagnosticCode.ENUM_HEADER_VARIANT, "enum table " + name + " uses \"" + vh
              + "\" as value-column header", "read as the value column");
        }
        out.add(new Raw.Enum(name, anchor, file, desc, Tables.enumValues(table, cols, file, name, d), loc));
      } else {
        String what = "structure " + name;
        Tables.checkHeader(cols, table, file, what, false, d);
        out.add(new Raw.Structure(name, anchor, file, desc, Tables.members(table, cols, file, what, d), loc,
            cols.required() >= 0));
      }
    }
    return out;
  }
}
