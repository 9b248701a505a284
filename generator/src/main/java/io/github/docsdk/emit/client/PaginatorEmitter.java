package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import javax.lang.model.element.Modifier;

/**
 * Emits the one generic {@code Paginator<R, T>} of an SDK: an {@code Iterable} of response pages
 * that fetches each page when the iteration reaches it, and {@code items()} streaming the
 * elements across pages. Clients create it with a page fetcher and two accessors, so no class
 * is generated per paginated action.
 *
 * <p>Stopping rule: after an empty page, or once the items seen (counting the pages skipped
 * before the first requested one) reach the response's {@code totalCount}. Without a total, it
 * stops after a page shorter than the first one.
 */
public final class PaginatorEmitter {

  private static final ClassName ITERATOR = ClassName.get("java.util", "Iterator");
  private static final ClassName NO_SUCH_ELEMENT = ClassName.get("java.util", "NoSuchElementException");
  private static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
  private static final ClassName LONG_FUNCTION = ClassName.get("java.util.function", "LongFunction");
  private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
  private static final ClassName STREAM_SUPPORT = ClassName.get("java.util.stream", "StreamSupport");

  private PaginatorEmitter() {}

  public static JavaFile emit(ClassName name) {
    TypeVariableName r = TypeVariableName.get("R");
    TypeVariableName t = TypeVariableName.get("T");
    TypeName fetch = ParameterizedTypeName.get(LONG_FUNCTION, WildcardTypeName.subtypeOf(r));
    TypeName items = ParameterizedTypeName.get(FUNCTION, WildcardTypeName.supertypeOf(r),
        WildcardTypeName.subtypeOf(ParameterizedTypeName.get(Poet.LIST, WildcardTypeName.subtypeOf(t))));
    TypeName total = ParameterizedTypeName.get(FUNCTION, WildcardTypeName.supertypeOf(r),
        ClassName.get(Long.class));
    ClassName pages = name.nestedClass("Pages");
    TypeSpec pagesType =
        TypeSpec.classBuilder(pages)
            .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ITERATOR, r))
            .addField(FieldSpec.builder(TypeName.LONG, "next", Modifier.PRIVATE).initializer("firstPage").build())
            .addField(TypeName.LONG, "seen", Modifier.PRIVATE)
            .addField(TypeName.LONG, "pageSize", Modifier.PRIVATE)
            .addField(TypeName.BOOLEAN, "done", Modifier.PRIVATE)
            .addMethod(MethodSpec.methodBuilder("hasNext")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return !done")
                .build())
            .addMethod(MethodSpec.methodBuilder("next")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(r)
                .beginControlFlow("if (done)")
                .addStatement("throw new $T()", NO_SUCH_ELEMENT)
                .endControlFlow()
                .addStatement("$T page = fetch.apply(next)", r)
                .addStatement("int count = items.apply(page).size()")
                .beginControlFlow("if (next == firstPage)")
                .addComment("pages before the first requested one count towards the total")
                .addStatement("seen = (firstPage - 1) * count")
                .addStatement("pageSize = count")
                .endControlFlow()
                .addStatement("seen += count")
                .addStatement("Long total = totalCount.apply(page)")
                .addComment("without a total, a page shorter than the first is the last")
                .addStatement("done = count == 0 || (total != null ? seen >= total : count < pageSize)")
                .addStatement("next++")
                .addStatement("return page")
                .build())
            .build();
    TypeSpec type =
        TypeSpec.classBuilder(name)
            .addJavadoc("The pages of a paginated action, fetched lazily as iteration reaches them. Each"
                + " iteration\nstarts again at the request's page. Stops after an empty page or once"
                + " {@code totalCount}\nitems have been seen (without a total: after a page shorter than"
                + " the first).\n\n@param <R> the response type\n"
                + "@param <T> the type of the items listed in each response\n")
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addTypeVariable(r)
            .addTypeVariable(t)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterable.class), r))
            .addField(TypeName.LONG, "firstPage", Modifier.PRIVATE, Modifier.FINAL)
            .addField(fetch, "fetch", Modifier.PRIVATE, Modifier.FINAL)
            .addField(items, "items", Modifier.PRIVATE, Modifier.FINAL)
            .addField(total, "totalCount", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(TypeName.LONG, "firstPage")
                .addParameter(fetch, "fetch")
                .addParameter(items, "items")
                .addParameter(total, "totalCount")
                .addStatement("this.firstPage = firstPage")
                .addStatement("this.fetch = fetch")
                .addStatement("this.items = items")
                .addStatement("this.totalCount = totalCount")
                .build())
            .addMethod(MethodSpec.methodBuilder("iterator")
                .addJavadoc("Starts a new iteration; nothing is fetched until {@code hasNext()}"
                    + " or {@code next()}\nneeds a page.\n\n@return an iterator over the pages\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ITERATOR, r))
                .addStatement("return new $T()", pages)
                .build())
            .addMethod(MethodSpec.methodBuilder("items")
                .addJavadoc("The items of every page, in order, fetching pages as the stream is"
                    + " consumed.\n\n@return a sequential stream of the items\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(STREAM, t))
                .addStatement("return $T.stream(spliterator(), false).flatMap(page -> items.apply(page).stream())",
                    STREAM_SUPPORT)
                .build())
            .addType(pagesType)
            .build();
    return Poet.file(name.packageName(), type);
  }
}
