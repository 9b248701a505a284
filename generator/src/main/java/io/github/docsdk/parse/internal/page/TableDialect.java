package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises what a table is from its header names (never from column positions): a member table
 * (name, required?, type, description), an enum table (value, description) or an error table
 * (HTTP status, code, description). Chinese and English headers are both understood.
 */
final class TableDialect {

  public enum Kind { MEMBERS, ENUM, ERRORS, UNKNOWN }

  /** Column indexes (-1 when absent) and header facts worth a diagnostic. */
  public record Columns(
      Kind kind,
      int name,
      int required,
      int type,
      int description,
      int value,
      int status,
      int code,
      List<Integer> emptyHeaders,
      String requiredHeader,
      String valueHeader,
      String headerText) {

    /** A parameter table that lacks its type column (only trusted under request/response headings). */
    public boolean membersWithoutType() {
      return kind == Kind.UNKNOWN && name >= 0 && type < 0 && required >= 0;
    }

    public boolean requiredAfterType() {
      return required >= 0 && type >= 0 && required > type;
    }
  }

  private static final Set<String> NAME =
      Set.of("参数名称", "参数名", "参数", "名称", "字段", "字段名", "字段名称", "成员", "parameter",
          "parametername", "parameters", "name", "field", "fieldname", "member", "membername", "key", "param",
          "paramname", "property", "attribute", "属性", "属性名", "属性名称");
  private static final Set<String> REQUIRED =
      Set.of("必选", "是否必选", "必填", "是否必填", "必须", "是否必须", "required", "isrequired", "mandatory");
  private static final Set<String> TYPE =
      Set.of("类型", "参数类型", "数据类型", "字段类型", "type", "datatype", "parametertype");
  private static final Set<String> DESCRIPTION =
      Set.of("描述", "说明", "参数描述", "参数说明", "含义", "解释", "备注", "语义", "状态说明", "描述信息",
          "description", "desc", "meaning", "remark", "remarks", "message", "explanation", "notes",
          "errormessage", "errordescription", "错误信息", "错误描述", "错误说明", "comment", "comments");
  private static final Set<String> VALUE =
      Set.of("状态值", "值", "取值", "枚举值", "可选值", "value", "values", "enumvalue", "status", "state");
  private static final Set<String> STATUS =
      Set.of("http状态码", "状态码", "http状态", "httpstatus", "httpstatuscode", "statuscode", "httpcode", "http");
  private static final Set<String> CODE = Set.of("错误码", "错误代码", "errorcode", "code", "错误");

  private TableDialect() {}

  static String key(String header) {
    return Names.normalize(header).toLowerCase(Locale.ROOT).replace(" ", "").replace("*", "");
  }

  public static Columns classify(Table table) {
    List<Table.Cell> cells = table.header().cells();
    int name = -1;
    int required = -1;
    int type = -1;
    int description = -1;
    int value = -1;
    int status = -1;
    int code = -1;
    List<Integer> empty = new ArrayList<>();
    String requiredHeader = "";
    String valueHeader = "";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String raw = Names.normalize(cells.get(i).text());
      text.append(i == 0 ? "" : " | ").append(raw);
      String k = key(raw);
      if (k.isEmpty()) {
        empty.add(i);
      } else if (STATUS.contains(k) && status < 0) {
        status = i;
      } else if (CODE.contains(k) && code < 0) {
        code = i;
      } else if (NAME.contains(k) && name < 0) {
        name = i;
      } else if (REQUIRED.contains(k) && required < 0) {
        required = i;
        requiredHeader = raw;
      } else if (TYPE.contains(k) && type < 0) {
        type = i;
      } else if (DESCRIPTION.contains(k) && description < 0) {
        description = i;
      } else if (VALUE.contains(k) && value < 0) {
        value = i;
        valueHeader = raw;
      } else if (required < 0 && (k.contains("必选") || k.contains("必填") || k.contains("required"))) {
        required = i;
        requiredHeader = raw;
      } else if (description < 0 && (k.contains("描述") || k.contains("说明") || k.contains("description"))) {
        description = i;
      } else if (type < 0 && (k.endsWith("类型") || k.endsWith("type"))) {
        type = i;
      } else if (name < 0 && (k.endsWith("名称") || k.endsWith("name"))) {
        name = i;
      } else if (value < 0 && (k.endsWith("value") || k.endsWith("values") || k.endsWith("值"))) {
        value = i;
        valueHeader = raw;
      }
    }
    Kind kind;
    if (code >= 0 && (status >= 0 || description >= 0)) {
      kind = Kind.ERRORS;
    } else if (name >= 0 && type >= 0) {
      kind = Kind.MEMBERS;
    } else if (value >= 0 && name < 0 && type < 0) {
      kind = Kind.ENUM;
    } else if (type >= 0 && name < 0 && required < 0 && description >= 0 && cells.size() == 2) {
      // "类型 | 说明": the type column holds the enum's values
      kind = Kind.ENUM;
      value = type;
      valueHeader = Names.normalize(cells.get(type).text());
      type = -1;
    } else {
      kind = Kind.UNKNOWN;
    }
    if (description < 0 && empty.size() == 1 && kind != Kind.UNKNOWN) {
      description = empty.get(0); // "名称 | 类型 | " : the unnamed column is the description
    }
    return new Columns(kind, name, required, type, description, value, status, code,
        List.copyOf(empty), requiredHeader, valueHeader, text.toString());
  }
}
