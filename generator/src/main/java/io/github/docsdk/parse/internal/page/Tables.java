package io.github.docsdk.parse.internal.page;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.read.Table;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the rows of member, enum and error tables, reporting odd rows and headers. */
final class Tables {

  private Tables() {}

  private static SourceLocation at(String file, int line, int column) {
    return SourceLocation.of(file, line, column);
  }

  /** Header checks shared by every member table. */
  public static void checkHeader(
      TableDialect.Columns cols, Table table, String file, String what, boolean requiredExpected, Diags d) {
    SourceLocation loc = at(file, table.line(), table.column());
    for (int empty : cols.emptyHeaders()) {
      d.report(loc, DiagnosticCode.HEADER_EMPTY_CELL,
          "column " + (empty + 1) + " of " + what + " table header is empty (\"" + cols.headerText() + "\")",
          empty == cols.description() ? "read as the description column" : "column ignored");
    }
    if (cols.requiredAfterType()) {
      d.report(loc, DiagnosticCode.COLUMN_ORDER,
          what + " table header " + cols.headerText() + ": required column after type column",
          "columns are read by name");
    }
    String req = cols.requiredHeader();
    if (!req.isEmpty() && !req.equals("必选") && !req.equalsIgnoreCase("Required")) {
      d.report(loc, DiagnosticCode.HEADER_VARIANT, what + " table header is \"" + cols.headerText() + "\" (\"" + req
          + "\" instead of \"必选\")", "read as the required column");
    }
    if (requiredExpected && cols.required() < 0) {
      d.report(loc, DiagnosticCode.MISSING_REQUIRED_COLUMN,
          what + " table has no required column (\"" + cols.headerText() + "\")", "all members treated as optional");
    }
    if (cols.description() < 0) {
      d.report(loc, DiagnosticCode.MISSING_DESCRIPTION_COLUMN,
          what + " table has no description column (\"" + cols.headerText() + "\")", "members have no description");
    }
  }

  /**
   * {@code dataSet.instanceId}, {@code └ status}, {@code - status}: a row for a member of a member.
   * One marker per repetition (not {@code [..]+} inside {@code (..)+}): a run of markers can be
   * matched in only one way.
   */
  private static final java.util.regex.Pattern NESTED = java.util.regex.Pattern.compile(
      "[A-Za-z_]\\w*(?:\\s*\\.\\s*[A-Za-z_]\\w*)+|(?:[└├│|\\-–—>]\\s*)+[A-Za-z_][\\w.]*");

  /** {@code name (optional)}, {@code zoneId（必填）}: an identifier followed by a bracketed remark. */
  private static final java.util.regex.Pattern NAME_REMARK =
      java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*[(\\[].*");

  /** {@code &nbsp;&nbsp;zoneId}: a name pushed right with non-breaking or wide spaces marks a nested row. */
  private static boolean indented(String written) {
    String w = written.toLowerCase(java.util.Locale.ROOT);
    boolean pushed = !w.isEmpty() && "\u00a0\u2002\u2003\u3000".indexOf(w.charAt(0)) >= 0
        || w.startsWith("&nbsp;") || w.startsWith("&emsp;") || w.startsWith("&ensp;") || w.startsWith("&#160;")
        || w.startsWith("&#xa0;");
    return pushed && !Names.normalize(written).isEmpty();
  }

  public static List<Raw.Member> members(
      Table table, TableDialect.Columns cols, String file, String what, Diags d) {
    List<Raw.Member> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Table.Row row : table.rows()) {
      SourceLocation rowAt = at(file, row.line(), 1);
      if (row.isBlank()) {
        d.report(rowAt, DiagnosticCode.EMPTY_ROW, "empty table row in " + what, "row ignored");
        continue;
      }
      if (isPlaceholder(row)) {
        d.report(rowAt, DiagnosticCode.PLACEHOLDER_ROW, "placeholder row in " + what + ": '" + rawRow(row) + "'", "row ignored");
        continue;
      }
      Table.Cell nameCell = row.cell(cols.name());
      String name = Names.normalize(nameCell.text()).replace("`", "").replace("*", "").strip();
      SourceLocation loc = at(file, row.line(), nameCell.column());
      if (name.isEmpty()) {
        d.report(loc, DiagnosticCode.MISSING_MEMBER_NAME, what + " row has no name", "row ignored");
        continue;
      }
      String visible = Names.stripInvisible(name);
      if (!visible.equals(name)) {
        d.report(loc, DiagnosticCode.INVISIBLE_CHARACTER, what + " member name \"" + visible
            + "\" contains invisible characters (zero-width space, soft hyphen, ...)", "removed");
        name = visible;
      }
      if (NESTED.matcher(name).matches() || indented(nameCell.text()) || indented(nameCell.content().raw())) {
        d.report(loc, DiagnosticCode.NESTED_MEMBER_ROW, what + " row \"" + name + "\" describes a member of a nested structure",
            "row ignored; the nested structure's own table (or the examples) define it");
        continue;
      }
      java.util.regex.Matcher remark = NAME_REMARK.matcher(name);
      boolean remarked = remark.matches();
      if (remarked) {
        d.report(loc, DiagnosticCode.MEMBER_NAME_REMARK, what + " member name \"" + name + "\" carries a remark",
            "read as " + remark.group(1));
        name = remark.group(1);
      }
      if (!Names.isIdentifier(name)) {
        d.report(loc, DiagnosticCode.INVALID_MEMBER_NAME, what + " member name \"" + name + "\" is not an identifier",
            "row ignored");
        continue;
      }
      String written = Names.stripInvisible(nameCell.text().strip().replace("`", "").replace("*", ""));
      if (!written.equals(name) && !remarked) {
        d.report(loc, DiagnosticCode.MEMBER_NAME_SPELLING, what + " member name is written \"" + written + "\"",
            "read as " + name);
      }
      if (!names.add(name)) {
        d.report(loc, DiagnosticCode.DUPLICATE_MEMBER, what + " lists member \"" + name + "\" twice", "first row kept");
        continue;
      }
      boolean required = false;
      if (cols.required() >= 0) {
        String r = Names.normalize(row.cell(cols.required()).text()).replace("*", "").toLowerCase(Locale.ROOT);
        Boolean parsed = parseRequired(r);
        if (parsed == null) {
          d.report(at(file, row.line(), row.cell(cols.required()).column()), DiagnosticCode.REQUIRED_UNREADABLE,
              what + " member " + name + " has required value \"" + r + "\"", "treated as optional");
        } else {
          required = parsed;
        }
      }
      Table.Cell typeCell = row.cell(cols.type());
      TypeExpr type = cols.type() < 0 ? new TypeExpr.Scalar(io.github.docsdk.spec.TypeRef.Kind.STRING, true, "String")
          : TypeExpr.parse(typeCell.content());
      out.add(new Raw.Member(name, required, type,
          row.cell(cols.description()).content(), loc, at(file, row.line(), typeCell.column())));
    }
    return out;
  }

  static Boolean parseRequired(String r) {
    return switch (r) {
      case "是", "必选", "必填", "必须", "yes", "y", "true", "required", "mandatory", "√", "✓", "✔", "✅" -> true;
      case "否", "可选", "非必选", "非必填", "no", "n", "false", "optional", "", "-", "×", "✗", "✘", "❌" -> false;
      default -> null;
    };
  }

  public static List<EnumValue> enumValues(
      Table table, TableDialect.Columns cols, String file, String name, Diags d) {
    List<EnumValue> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row row : table.rows()) {
      SourceLocation rowAt = at(file, row.line(), 1);
      if (row.isBlank()) {
        d.report(rowAt, DiagnosticCode.EMPTY_ROW, "empty row in enum table " + name, "row ignored");
        continue;
      }
      String value = Names.normalize(row.cell(cols.value()).text()).replace("`", "").replace("*", "").strip();
      if (value.isEmpty() || isPlaceholder(row)) {
        d.report(rowAt, DiagnosticCode.EMPTY_ROW, "row without a value in enum table " + name, "row ignored");
        continue;
      }
      if (!seen.add(value)) {
        d.report(rowAt, DiagnosticCode.DUPLICATE_ENUM_VALUE, "enum " + name + " lists \"" + value + "\" twice", "first row kept");
        continue;
      }
      out.add(new EnumValue(value, row.cell(cols.description()).text()));
    }
    return out;
  }

  public static List<ErrorCode> errors(Table table, TableDialect.Columns cols, String file, Diags d) {
    List<ErrorCode> out = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      SourceLocation rowAt = at(file, row.line(), 1);
      if (row.isBlank()) {
        d.report(rowAt, DiagnosticCode.EMPTY_ERROR_ROW, "error row without content: '" + rawRow(row) + "'", "row ignored");
        continue;
      }
      if (isPlaceholder(row)) {
        d.report(rowAt, DiagnosticCode.PLACEHOLDER_ERROR_ROW, "error row without content: '" + rawRow(row) + "'", "row ignored");
        continue;
      }
      Table.Cell statusCell = row.cell(cols.status());
      Table.Cell codeCell = row.cell(cols.code());
      if (statusCell.raw().contains("**") || codeCell.raw().contains("**")
          || statusCell.raw().contains("<strong>") || codeCell.raw().contains("<strong>")) {
        d.report(rowAt, DiagnosticCode.BOLD_IN_ERROR_ROW, "bold markup in error row: " + statusCell.raw() + " | " + codeCell.raw(),
            "markup ignored");
      }
      String code = Names.normalize(codeCell.text()).replace("`", "").replace("*", "").strip();
      if (code.isEmpty()) {
        d.report(rowAt, DiagnosticCode.ERROR_ROW_WITHOUT_CODE, "error row has no error code: '" + rawRow(row) + "'", "row ignored");
        continue;
      }
      Integer status = null;
      String s = Names.normalize(statusCell.text()).replace("*", "").strip();
      if (cols.status() >= 0) {
        try {
          status = Integer.parseInt(s);
          if (status < 100 || status > 599) {
            status = null;
          }
        } catch (NumberFormatException e) {
          status = null;
        }
        if (status == null) {
          d.report(at(file, row.line(), statusCell.column()), DiagnosticCode.ERROR_STATUS_UNREADABLE,
              "error " + code + " has HTTP status \"" + s + "\"", "status left unknown");
        }
      }
      out.add(new ErrorCode(status, code, row.cell(cols.description()).text(), at(file, row.line(), codeCell.column())));
    }
    return out;
  }

  /** A row whose cells hold only markup such as {@code ****}, {@code -} or {@code ...}. */
  static boolean isPlaceholder(Table.Row row) {
    boolean anyRaw = false;
    for (Table.Cell c : row.cells()) {
      String t = c.raw().replace("*", "").replace("-", "").replace(".", "").replace("…", "").replace("—", "").strip();
      if (!t.isEmpty()) {
        return false;
      }
      anyRaw |= !c.raw().isBlank();
    }
    return anyRaw;
  }

  static String rawRow(Table.Row row) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.cells().size(); i++) {
      sb.append(i == 0 ? "" : "|").append(row.cells().get(i).raw().strip());
    }
    return sb.toString();
  }
}
