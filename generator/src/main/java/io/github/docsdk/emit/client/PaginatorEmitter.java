package io.github.docsdk.emit.client;

import static io.github.docsdk.emit.client.PageWalk.R;
import static io.github.docsdk.emit.client.PageWalk.T;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import javax.lang.model.element.Modifier;

/**
 * Emits the one generic {@code Paginator<R, T>} of an SDK: an {@code Iterable} of response pages
 * that fetches each page when the iteration reaches it, and {@code items()} streaming the
 * elements across pages. Clients create it with a page fetcher and two accessors, so no class
 * is generated per paginated action. The stopping rule is {@link PageWalk}'s.
 */
public final class PaginatorEmitter {

  private static final ClassName ITERATOR = ClassName.get("java.util", "Iterator");
  private static final ClassName NO_SUCH_ELEMENT = ClassName.get("java.util", "NoSuchElementException");
  private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
  private static final ClassName STREAM_SUPPORT = ClassName.get("java.util.stream", "StreamSupport");

  private PaginatorEmitter() {}

  public static JavaFile emit(ClassName name) {
    TypeName fetch = ParameterizedTypeName.get(PageWalk.LONG_FUNCTION, WildcardTypeName.subtypeOf(R));
    ClassName pages = name.nestedClass("Pages");
    TypeSpec.Builder pagesType =
        TypeSpec.classBuilder(pages)
            .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ITERATOR, R));
    PageWalk.addState(pagesType);
    pagesType
        .addMethod(MethodSpec.methodBuilder("hasNext")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return !done")
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(R)
            .beginControlFlow("if (done)")
            .addStatement("throw new $T()", NO_SUCH_ELEMENT)
            .endControlFlow()
            .addStatement("$T page = fetch.apply(next)", R)
            .addCode(PageWalk.count())
            .addStatement("return page")
            .build());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc("The pages of a paginated action, fetched lazily as iteration reaches them. Each"
                + " iteration\nstarts again at the request's page. Stops after an empty page or once"
                + " {@code totalCount}\nitems have been seen (without a total: after a page shorter than"
                + " the first).\n\n@param <R> the response type\n"
                + "@param <T> the type of the items listed in each response\n")
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addTypeVariable(R)
            .addTypeVariable(T)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterable.class), R));
    PageWalk.addSource(type, fetch);
    type.addMethod(MethodSpec.methodBuilder("iterator")
            .addJavadoc("Starts a new iteration; nothing is fetched until {@code hasNext()}"
                + " or {@code next()}\nneeds a page.\n\n@return an iterator over the pages\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ITERATOR, R))
            .addStatement("return new $T()", pages)
            .build())
        .addMethod(MethodSpec.methodBuilder("items")
            .addJavadoc("The items of every page, in order, fetching pages as the stream is"
                + " consumed.\n\n@return a sequential stream of the items\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(STREAM, T))
            .addStatement("return $T.stream(spliterator(), false).flatMap(page -> items.apply(page).stream())",
                STREAM_SUPPORT)
            .build())
        .addType(pagesType.build());
    return Poet.file(name.packageName(), type.build());
  }
}
