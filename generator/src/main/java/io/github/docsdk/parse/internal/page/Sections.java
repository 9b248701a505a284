package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.Heading;
import java.util.Locale;

/** Recognises the sections of an action page by heading keyword, in Chinese and English. */
final class Sections {

  public enum Kind { DESCRIPTION, REQUEST, RESPONSE, EXAMPLES, ERRORS, STRUCTURES, OTHER }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\s*[.、)）:：]?|[一二三四五六七八九十]+\\s*[、.])\\s*");

  private Sections() {}

  /** The heading text without a leading number such as {@code "2. "} or {@code "二、"}. */
  public static String title(Heading h) {
    String t = Names.normalize(h.text());
    return NUMBER.matcher(t).replaceFirst("").strip();
  }

  public static Kind kind(Heading h) {
    String t = title(h).toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Kind.OTHER;
    }
    if (t.contains("错误码") || t.contains("错误代码") || t.startsWith("error")) {
      return Kind.ERRORS;
    }
    if (t.contains("数据结构") || t.startsWith("data structure") || t.equals("structures")) {
      return Kind.STRUCTURES;
    }
    if (t.contains("示例") || t.contains("example") || t.contains("sample")) {
      return Kind.EXAMPLES;
    }
    if (t.contains("响应") || t.contains("返回") || t.contains("输出") || t.contains("出参")
        || t.startsWith("response") || t.startsWith("output") || t.startsWith("return")) {
      return Kind.RESPONSE;
    }
    if (t.contains("请求参数") || t.contains("输入参数") || t.contains("入参") || t.equals("请求")
        || t.startsWith("request") || t.startsWith("input") || t.equals("parameters")) {
      return Kind.REQUEST;
    }
    if (t.contains("接口描述") || t.equals("描述") || t.contains("简介") || t.contains("概述")
        || t.contains("description") || t.equals("overview")) {
      return Kind.DESCRIPTION;
    }
    return Kind.OTHER;
  }

  /** The usual Chinese wording of a section, to flag variants; null when there is none. */
  public static String canonicalChinese(Kind kind) {
    return switch (kind) {
      case DESCRIPTION -> "接口描述";
      case REQUEST -> "请求参数";
      case RESPONSE -> "响应结果";
      case EXAMPLES -> "代码示例";
      case ERRORS -> "错误码";
      default -> null;
    };
  }

  public static String label(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  public static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
      if (sc == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }
}
