package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import javax.lang.model.element.Modifier;

/**
 * What the sync {@code Paginator} and the {@code AsyncPaginator} share, written once so the two
 * can never disagree on when to stop: the type variables, the fields and constructor holding how
 * to read a page, and the per-walk state with the stopping rule.
 *
 * <p>Stopping rule: after an empty page, or once the items seen (counting the pages skipped
 * before the first requested one) reach the response's {@code totalCount}. Without a total, it
 * stops after a page shorter than the first one.
 */
final class PageWalk {

  static final TypeVariableName R = TypeVariableName.get("R");
  static final TypeVariableName T = TypeVariableName.get("T");
  static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
  static final ClassName LONG_FUNCTION = ClassName.get("java.util.function", "LongFunction");

  /** {@code Function<? super R, ? extends List<? extends T>>}: a page's items. */
  static final TypeName ITEMS = ParameterizedTypeName.get(FUNCTION, WildcardTypeName.supertypeOf(R),
      WildcardTypeName.subtypeOf(ParameterizedTypeName.get(Poet.LIST, WildcardTypeName.subtypeOf(T))));

  /** {@code Function<? super R, Long>}: a page's totalCount, null when absent. */
  static final TypeName TOTAL = ParameterizedTypeName.get(FUNCTION, WildcardTypeName.supertypeOf(R),
      ClassName.get(Long.class));

  private PageWalk() {}

  /** The final fields {@code firstPage}, {@code fetch}, {@code items}, {@code totalCount} and their constructor. */
  static void addSource(TypeSpec.Builder type, TypeName fetch) {
    type.addField(TypeName.LONG, "firstPage", Modifier.PRIVATE, Modifier.FINAL)
        .addField(fetch, "fetch", Modifier.PRIVATE, Modifier.FINAL)
        .addField(ITEMS, "items", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TOTAL, "totalCount", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.LONG, "firstPage")
            .addParameter(fetch, "fetch")
            .addParameter(ITEMS, "items")
            .addParameter(TOTAL, "totalCount")
            .addStatement("this.firstPage = firstPage")
            .addStatement("this.fetch = fetch")
            .addStatement("this.items = items")
            .addStatement("this.totalCount = totalCount")
            .build());
  }

  /** The mutable state of one walk: the next page to fetch, items seen, first page size, done. */
  static void addState(TypeSpec.Builder walk) {
    walk.addField(FieldSpec.builder(TypeName.LONG, "next", Modifier.PRIVATE).initializer("firstPage").build())
        .addField(TypeName.LONG, "seen", Modifier.PRIVATE)
        .addField(TypeName.LONG, "pageSize", Modifier.PRIVATE)
        .addField(TypeName.BOOLEAN, "done", Modifier.PRIVATE);
  }

  /** Counts the fetched {@code page} in, sets {@code done} by the stopping rule, moves {@code next} on. */
  static CodeBlock count() {
    return CodeBlock.builder()
        .addStatement("int count = items.apply(page).size()")
        .beginControlFlow("if (next == firstPage)")
        .add("// pages before the first requested one count towards the total\n")
        .addStatement("seen = (firstPage - 1) * count")
        .addStatement("pageSize = count")
        .endControlFlow()
        .addStatement("seen += count")
        .addStatement("Long total = totalCount.apply(page)")
        .add("// without a total, a page shorter than the first is the last\n")
        .addStatement("done = count == 0 || (total != null ? seen >= total : count < pageSize)")
        .addStatement("next++")
        .build();
  }
}
