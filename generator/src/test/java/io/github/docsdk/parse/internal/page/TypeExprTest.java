package io.github.docsdk.parse.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.read.Link;
import io.github.docsdk.read.Table;
import io.github.docsdk.read.Text;
import io.github.docsdk.read.internal.HtmlText;
import io.github.docsdk.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeExprTest {

  private static TypeExpr parse(String text, Link... links) {
    return TypeExpr.parse(new Text(text, List.of(links), text));
  }

  @Test
  void scalarsInCanonicalAndOtherSpellings() {
    assertThat(parse("String")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.STRING, true, "String"));
    assertThat(parse("BigDecimal")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.BIGDECIMAL, true, "BigDecimal"));
    assertThat(parse("string")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.STRING, false, "string"));
    assertThat(parse("Ｉｎｔｅｇｅｒ")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.INTEGER, true, "Integer"));
    assertThat(parse(" Timestamp ")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.TIMESTAMP, true, "Timestamp"));
    assertThat(parse("Integer (int64)")).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.INTEGER, false, "Integer (int64)"));
    assertThat(parse("IntegerList")).isInstanceOf(TypeExpr.Named.class);
  }

  @Test
  void arraysOfScalarsLinksAndNames() {
    assertThat(parse("Array of String")).isInstanceOf(TypeExpr.ListOf.class)
        .extracting(t -> ((TypeExpr.ListOf) t).element()).isEqualTo(new TypeExpr.Scalar(TypeRef.Kind.STRING, true, "String"));
    Link link = new Link("ImageInfo", "../datastructure.md#imageinfo");
    TypeExpr t = parse("Array of ImageInfo", link);
    assertThat(((TypeExpr.ListOf) t).element()).isEqualTo(new TypeExpr.Named("ImageInfo", link, "ImageInfo"));
    assertThat(((TypeExpr.ListOf) parse("array of  Zone")).canonical()).isFalse();
    assertThat(parse("Array of Zone")).isEqualTo(new TypeExpr.ListOf(new TypeExpr.Named("Zone", null, "Zone"), true, "Array of Zone"));
    assertThat(parse("")).isInstanceOf(TypeExpr.Empty.class);
  }

  @Test
  void htmlTypeCells() {
    Text cell = HtmlText.toText("<p>Array of </p><p><a href=\"https://docs.console.zenlayer.com/api/bmc/datastructure#instanceinfo\">InstanceInfo</a></p>");
    TypeExpr t = TypeExpr.parse(cell);
    TypeExpr.Named named = (TypeExpr.Named) ((TypeExpr.ListOf) t).element();
    assertThat(named.name()).isEqualTo("InstanceInfo");
    assertThat(named.link().anchor()).isEqualTo("instanceinfo");
    assertThat(named.link().isAbsoluteUrl()).isTrue();
    assertThat(new Table.Cell(cell, 1, 1).text()).isEqualTo("Array of\n\nInstanceInfo");
  }
}
