package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Service>Client} (sync) or {@code <Service>AsyncClient}: one method per action that
 * checks required members, then hands the request to the runtime's {@code ZenlayerHttpClient},
 * which signs, sends, retries and binds the response. Paginated actions also get a
 * {@code xxxPaginator} method: a {@code Paginator} on the sync client, an {@code AsyncPaginator}
 * on the async one.
 */
public final class ClientEmitter {

  static final String RUNTIME = "io.github.docsdk.runtime";
  static final ClassName HTTP_CLIENT = ClassName.get(RUNTIME, "ZenlayerHttpClient");
  static final ClassName CLIENT_CONFIG = ClassName.get(RUNTIME, "ClientConfig");
  private static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private final Service service;
  private final ServiceNames names;
  private final TypeMapper types;
  private final ErrorCodesEmitter errors;
  private final RequestChecksEmitter checks;

  public ClientEmitter(Service service, ServiceNames names, TypeMapper types,
      ErrorCodesEmitter errors, RequestChecksEmitter checks) {
    this.service = service;
    this.names = names;
    this.types = types;
    this.errors = errors;
    this.checks = checks;
  }

  public JavaFile emit(boolean async) {
    ClassName name = async ? names.asyncClient() : names.client();
    String kind = async ? "Asynchronous" : "Synchronous";
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(new Doc()
                .html(kind + " client of the " + Poet.code(service.name()) + " service (API version "
                    + Poet.code(service.apiVersion()) + "). Build one with {@link #builder()}, share it"
                    + " between threads,\nand close it when done.")
                .html(example(name, async))
                .html("Every action checks its required members before sending and throws"
                    + " {@link IllegalArgumentException}\nnaming every missing one by its JSON name"
                    + (async ? " (as a failed future)." : "."))
                .build())
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addField(HTTP_CLIENT, "http", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(CLIENT_CONFIG, "config")
                .addStatement("this.http = new $T(config)", HTTP_CLIENT)
                .build())
            .addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts configuring a client.\n\n@return a new builder with the service's"
                    + " defaults\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
    for (Operation op : service.operations()) {
      type.addMethod(action(op, async));
      Pagination.of(op, types).ifPresent(p -> type.addMethod(paginator(op, p, async)));
    }
    type.addMethod(MethodSpec.methodBuilder("close")
        .addJavadoc("Releases the client's connections; calls after closing fail.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("http.close()")
        .build());
    type.addType(ClientBuilderEmitter.emit(name, service));
    return Poet.file(name.packageName(), type.build());
  }

  /** A usage sketch with an action that needs no required member, preferring a Describe*. */
  private String example(ClassName client, boolean async) {
    Operation pick = service.operations().stream()
        .filter(op -> !checks.needsCheck(op))
        .min(java.util.Comparator.comparing((Operation op) -> !op.name().startsWith("Describe"))
            .thenComparing(Operation::name))
        .orElse(null);
    StringBuilder out = new StringBuilder("For example:\n<pre>{@code\n")
        .append("try (").append(client.simpleName()).append(" client = ").append(client.simpleName())
        .append(".builder()\n        .credentials(Credentials.of(accessKeyId, accessKeyPassword))\n")
        .append("        .build()) {\n");
    if (pick != null) {
      out.append("    var response = client.").append(names.method(pick)).append("(")
          .append(names.request(pick).simpleName()).append(".builder().build())")
          .append(async ? ".join()" : "").append(";\n");
    }
    return out.append("}\n}</pre>").toString();
  }

  private MethodSpec action(Operation op, boolean async) {
    ClassName response = names.response(op);
    TypeName returns = async ? ParameterizedTypeName.get(FUTURE, response) : response;
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.method(op))
            .addJavadoc(actionDoc(op, async).build())
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(names.request(op), "request")
            .addStatement("$T.requireNonNull(request, $S)", Poet.OBJECTS, "request");
    if (checks.needsCheck(op)) {
      if (async) {
        method.beginControlFlow("try")
            .addStatement("$T.$N(request)", names.requestChecks(), names.method(op))
            .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
            .addStatement("return $T.failedFuture(e)", FUTURE)
            .endControlFlow();
      } else {
        method.addStatement("$T.$N(request)", names.requestChecks(), names.method(op));
      }
    }
    return method
        .addStatement("return http.$L($S, request, $T.class)", async ? "callAsync" : "call",
            op.wireName(), response)
        .build();
  }

  private Doc actionDoc(Operation op, boolean async) {
    Doc doc = new Doc().text(op.description());
    if (doc.isEmpty()) {
      doc.html("Calls " + Poet.code(op.name()) + ".");
    }
    for (String note : op.notes()) {
      doc.text(note);
    }
    List<String> required = new ArrayList<>();
    op.request().stream().filter(m -> m.required()).forEach(m -> required.add(Poet.code(m.name())));
    if (!required.isEmpty()) {
      doc.html("Required members: " + String.join(", ", required) + ".");
    }
    doc.list("Documented error codes (see also the service's common codes in {@link "
        + names.errorCodes().simpleName() + "}):", errors.describe(names.errorCodes(), op.errors()));
    doc.param("request", "the request");
    if (async) {
      doc.returns("the response, or a future failed with {@code ZenlayerServiceException} for an error"
          + " response, {@code ZenlayerClientException} for a transport failure, or"
          + " {@link IllegalArgumentException} for missing required members");
    } else {
      doc.returns("the response")
          .throwsTag("io.github.docsdk.runtime.ZenlayerServiceException",
              "when the service answers with an error code")
          .throwsTag("io.github.docsdk.runtime.ZenlayerClientException",
              "when the call fails otherwise (transport, timeout, unreadable body)");
      if (checks.needsCheck(op)) {
        doc.throwsTag("IllegalArgumentException", "when required members are missing (all are named)");
      }
    }
    return doc;
  }

  private MethodSpec paginator(Operation op, Pagination p, boolean async) {
    ClassName response = names.response(op);
    ClassName paginator = ClassName.get(RUNTIME, async ? "AsyncPaginator" : "Paginator");
    TypeName result = ParameterizedTypeName.get(paginator, response, p.itemType());
    Doc doc = new Doc();
    if (async) {
      doc.html("Pages through " + Poet.code(op.name()) + " from the request's {@code pageNum}"
              + " (1 when unset), calling\n{@link #" + names.method(op) + "} for one page at a time,"
              + " each once the previous one has arrived.\nNothing is sent before a walk such as"
              + " {@code forEachPage} starts.")
          .param("request", "the first page's request; {@code pageSize} and filters apply to every page")
          .returns("the pages, walked with {@code forEachPage}, {@code forEachItem} or {@code collectItems}");
    } else {
      doc.html("Pages through " + Poet.code(op.name()) + " from the request's {@code pageNum}"
              + " (1 when unset), calling\n{@link #" + names.method(op) + "} once per page as the"
              + " iteration reaches it.")
          .param("request", "the first page's request; {@code pageSize} and filters apply to every page")
          .returns("the pages, and their items through {@code items()}");
    }
    return MethodSpec.methodBuilder(names.paginatorMethod(op))
        .addJavadoc(doc.build())
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(names.request(op), "request")
        .addStatement("$T.requireNonNull(request, $S)", Poet.OBJECTS, "request")
        .addStatement("return new $T<>(request.$N() == null ? 1L : request.$N(),\n"
                + "page -> $N(request.toBuilder().$N(page).build()),\n$T::$N, $T::$N)",
            paginator, p.pageNumAccessor(), p.pageNumAccessor(), names.method(op),
            p.pageNumSetter(), response, p.itemsAccessor(), response, p.totalAccessor())
        .build();
  }
}
