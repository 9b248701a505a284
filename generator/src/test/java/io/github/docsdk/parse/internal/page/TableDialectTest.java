package io.github.docsdk.parse.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.read.MarkdownReader;
import io.github.docsdk.read.Table;
import org.junit.jupiter.api.Test;

class TableDialectTest {

  private static TableDialect.Columns classify(String header) {
    int columns = header.split("\\|", -1).length - 2;
    String md = header + "\n|" + " --- |".repeat(columns) + "\n";
    Table t = (Table) MarkdownReader.read("a.md", md).blocks().get(0);
    return TableDialect.classify(t);
  }

  @Test
  void memberTablesByHeaderNameInEitherLanguageAndOrder() {
    TableDialect.Columns zh = classify("| 参数名称 | 是否必选 | 类型 | 描述 |");
    assertThat(zh.kind()).isEqualTo(TableDialect.Kind.MEMBERS);
    assertThat(new int[] {zh.name(), zh.required(), zh.type(), zh.description()}).containsExactly(0, 1, 2, 3);
    TableDialect.Columns en = classify("| Description | Type | Parameter Name | Required |");
    assertThat(new int[] {en.name(), en.required(), en.type(), en.description()}).containsExactly(2, 3, 1, 0);
    assertThat(classify("| 名称 | 类型 | 必选 | 描述 |").requiredAfterType()).isTrue();
    TableDialect.Columns empty = classify("| 名称 | 类型 | |");
    assertThat(empty.kind()).isEqualTo(TableDialect.Kind.MEMBERS);
    assertThat(empty.description()).isEqualTo(2);
  }

  @Test
  void enumAndErrorTables() {
    assertThat(classify("| 状态值 | 状态说明 |").kind()).isEqualTo(TableDialect.Kind.ENUM);
    TableDialect.Columns typeHeader = classify("| 类型 | 说明 |");
    assertThat(typeHeader.kind()).isEqualTo(TableDialect.Kind.ENUM);
    assertThat(typeHeader.valueHeader()).isEqualTo("类型");
    assertThat(classify("| Status Value | Status Description |").kind()).isEqualTo(TableDialect.Kind.ENUM);
    assertThat(classify("| HTTP状态码 | 错误码 | 说明 |").kind()).isEqualTo(TableDialect.Kind.ERRORS);
    assertThat(classify("| HTTP Status Code | Error Code | Description |").kind()).isEqualTo(TableDialect.Kind.ERRORS);
    assertThat(classify("| 字段名称 | 解释 |").kind()).isEqualTo(TableDialect.Kind.UNKNOWN);
  }
}
