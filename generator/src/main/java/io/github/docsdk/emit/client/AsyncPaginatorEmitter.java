package io.github.docsdk.emit.client;

import static io.github.docsdk.emit.client.PageWalk.R;
import static io.github.docsdk.emit.client.PageWalk.T;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import javax.lang.model.element.Modifier;

/**
 * Emits the one generic {@code AsyncPaginator<R, T>} of an SDK, what the async client's
 * {@code xxxPaginator} methods return: the pages of an action fetched one at a time without
 * blocking a thread. The next page is requested from the callback that received the previous one,
 * so at most one call is in flight and nothing is fetched before a walk starts. Walks:
 * {@code forEachPage}, {@code forEachItem}, {@code collectItems}; the stopping rule is
 * {@link PageWalk}'s, as for the sync {@code Paginator}.
 */
public final class AsyncPaginatorEmitter {

  private static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName COMPLETION = ClassName.get("java.util.concurrent", "CompletionException");
  private static final ClassName CANCELLATION = ClassName.get("java.util.concurrent", "CancellationException");
  private static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  private static final TypeName VOID_FUTURE = ParameterizedTypeName.get(FUTURE, ClassName.get(Void.class));

  private static final String CALL_FAILURES =
      "({@code ZenlayerServiceException}, {@code ZenlayerClientException})";

  private AsyncPaginatorEmitter() {}

  public static JavaFile emit(ClassName name) {
    TypeName fetch = ParameterizedTypeName.get(PageWalk.LONG_FUNCTION,
        WildcardTypeName.subtypeOf(ParameterizedTypeName.get(FUTURE, WildcardTypeName.subtypeOf(R))));
    ClassName walk = name.nestedClass("Walk");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc("The pages of a paginated action for the asynchronous client, fetched one at a"
                + " time without\nblocking a thread: the next page is requested only once the previous"
                + " one has arrived and been\nhanded on. Nothing is fetched before a walk starts, and"
                + " each walk starts again at the\nrequest's page. Stops after an empty page or once"
                + " {@code totalCount} items have been seen\n(without a total: after a page shorter"
                + " than the first).\n\n@param <R> the response type\n"
                + "@param <T> the type of the items listed in each response\n")
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addTypeVariable(R)
            .addTypeVariable(T);
    PageWalk.addSource(type, fetch);
    type.addMethod(forEachPage(walk))
        .addMethod(forEachItem())
        .addMethod(collectItems())
        .addType(walkType(walk));
    return Poet.file(name.packageName(), type.build());
  }

  private static MethodSpec forEachPage(ClassName walk) {
    return MethodSpec.methodBuilder("forEachPage")
        .addJavadoc("Fetches the pages in order and hands each to {@code consumer}, requesting the"
            + " next page only\nafter the consumer has returned. Cancelling the returned future stops"
            + " the walk before the\nnext page is requested.\n\n"
            + "@param consumer called with each page, on the thread that completed its call\n"
            + "@return a future completed once the last page has been consumed, or failed with the\n"
            + "first failure: a call's " + CALL_FAILURES + "\nor the consumer's\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(VOID_FUTURE)
        .addParameter(ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(R)), "consumer")
        .addStatement("$T.requireNonNull(consumer, $S)", Poet.OBJECTS, "consumer")
        .addStatement("$T walk = new $T(consumer)", walk, walk)
        .addStatement("walk.fetchNext()")
        .addStatement("return walk.result")
        .build();
  }

  private static MethodSpec forEachItem() {
    return MethodSpec.methodBuilder("forEachItem")
        .addJavadoc("Hands every item of every page, in order, to {@code consumer}, fetching pages"
            + " as in\n{@link #forEachPage(Consumer)}.\n\n"
            + "@param consumer called with each item, on the thread that completed its page's call\n"
            + "@return a future completed once the last item has been consumed, or failed with the\n"
            + "first failure: a call's " + CALL_FAILURES + "\nor the consumer's\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(VOID_FUTURE)
        .addParameter(ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(T)), "consumer")
        .addStatement("$T.requireNonNull(consumer, $S)", Poet.OBJECTS, "consumer")
        .addStatement("return forEachPage(page -> items.apply(page).forEach(consumer))")
        .build();
  }

  private static MethodSpec collectItems() {
    TypeName list = ParameterizedTypeName.get(Poet.LIST, T);
    return MethodSpec.methodBuilder("collectItems")
        .addJavadoc("Fetches every page and gathers their items, in order. Meant for listings known"
            + " to be small;\nprefer {@link #forEachItem(Consumer)} otherwise.\n\n"
            + "@return a future of the items as an unmodifiable list, or failed with the first failing\n"
            + "call's exception " + CALL_FAILURES + "\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(FUTURE, list))
        .addStatement("$T all = new $T<>()", list, Poet.ARRAY_LIST)
        .addComment("pages are taken one after another, each callback seeing the previous one's additions")
        .addStatement("return forEachItem(all::add).thenApply(finished -> $T.unmodifiableList(all))", COLLECTIONS)
        .build();
  }

  /** One walk: requests a page, takes it in, and requests the next from the same callback. */
  private static TypeSpec walkType(ClassName walk) {
    TypeName future = ParameterizedTypeName.get(FUTURE, WildcardTypeName.subtypeOf(R));
    TypeSpec.Builder type = TypeSpec.classBuilder(walk)
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addField(ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(R)), "consumer",
            Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(VOID_FUTURE, "result", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", FUTURE).build());
    PageWalk.addState(type);
    type.addMethod(MethodSpec.constructorBuilder()
            .addParameter(ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(R)), "consumer")
            .addStatement("this.consumer = consumer")
            .build())
        .addMethod(MethodSpec.methodBuilder("fetchNext")
            .addComment("a page whose future is already complete is taken in this loop rather than by")
            .addComment("recursion, so a long walk cannot overflow the stack; the loop also ends the walk")
            .addComment("the caller cancelled, before the next page is requested")
            .beginControlFlow("while (!result.isDone())")
            .addStatement("$T call", future)
            .beginControlFlow("try")
            .addStatement("call = $T.requireNonNull(fetch.apply(next), $S)", Poet.OBJECTS, "no call for page")
            .nextControlFlow("catch ($T e)", Throwable.class)
            .addStatement("result.completeExceptionally(e)")
            .addStatement("return")
            .endControlFlow()
            .beginControlFlow("if (!call.isDone())")
            .beginControlFlow("call.whenComplete((response, error) ->")
            .beginControlFlow("if (take(response, error))")
            .addStatement("fetchNext()")
            .endControlFlow()
            .addCode("$<});\n")
            .addStatement("return")
            .endControlFlow()
            .addStatement("$T page = null", R)
            .addStatement("$T failure = null", Throwable.class)
            .beginControlFlow("try")
            .addStatement("page = call.join()")
            .nextControlFlow("catch ($T | $T e)", COMPLETION, CANCELLATION)
            .addStatement("failure = e")
            .endControlFlow()
            .beginControlFlow("if (!take(page, failure))")
            .addStatement("return")
            .endControlFlow()
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("take")
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addParameter(R, "page")
            .addParameter(Throwable.class, "failure")
            .beginControlFlow("if (failure != null)")
            .addComment("the call's own exception, not the wrapper a dependent future adds")
            .addStatement("result.completeExceptionally(failure instanceof $T && failure.getCause() != null\n"
                + "? failure.getCause() : failure)", COMPLETION)
            .addStatement("return false")
            .endControlFlow()
            .beginControlFlow("try")
            .addCode(PageWalk.count())
            .addStatement("consumer.accept(page)")
            .nextControlFlow("catch ($T e)", Throwable.class)
            .addStatement("result.completeExceptionally(e)")
            .addStatement("return false")
            .endControlFlow()
            .beginControlFlow("if (done)")
            .addStatement("result.complete(null)")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("return true")
            .build());
    return type.build();
  }
}
