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
 * Emits {@code <Service>Client} (sync) or {@code <Service>AsyncClient}: an interface users can stub,
 * with a static {@code builder()}, one {@code default} method per action (throwing {@link
 * UnsupportedOperationException}, so a new action never breaks an implementation) and its
 * {@code Consumer<Request.Builder>} overload, {@code xxxPaginator} methods written over the action
 * method (a {@code Paginator} on the sync client, an {@code AsyncPaginator} on the async one),
 * {@code waiter()} when the model declares waiters ({@link WaiterEmitter}) and {@code invoke} for
 * actions the docs miss. The package-private {@code Default<Service>Client}
 * implements it: it checks required members, then hands the request to the runtime's {@code
 * ZenlayerHttpClient}, which signs, sends, retries and binds the response.
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
  private final WaiterEmitter waiters;

  public ClientEmitter(Service service, ServiceNames names, TypeMapper types,
      ErrorCodesEmitter errors, RequestChecksEmitter checks) {
    this(service, names, types, errors, checks, new WaiterEmitter(service, names, types));
  }

  public ClientEmitter(Service service, ServiceNames names, TypeMapper types,
      ErrorCodesEmitter errors, RequestChecksEmitter checks, WaiterEmitter waiters) {
    this.service = service;
    this.names = names;
    this.types = types;
    this.errors = errors;
    this.checks = checks;
    this.waiters = waiters;
  }

  /** The client interface. */
  public JavaFile emit(boolean async) {
    ClassName name = async ? names.asyncClient() : names.client();
    ClassName impl = async ? names.defaultAsyncClient() : names.defaultClient();
    String kind = async ? "Asynchronous" : "Synchronous";
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addJavadoc(new Doc()
                .html(kind + " client of the " + Poet.code(service.name()) + " service (API version "
                    + Poet.code(service.apiVersion()) + "). Build one with {@link #builder()}, share it"
                    + " between threads,\nand close it when done.")
                .html(example(name, async))
                .html("Every action checks its required members before sending and throws"
                    + " {@link IllegalArgumentException}\nnaming every missing one by its JSON name"
                    + (async ? " (as a failed future)." : "."))
                .html("An interface, so tests can stub it: every action is a {@code default} method"
                    + " throwing\n{@link UnsupportedOperationException}, so an action added to the docs"
                    + " breaks no implementation.")
                .build())
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(AutoCloseable.class)
            .addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts configuring a client.\n\n@return a new builder with the service's"
                    + " defaults\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
    for (Operation op : service.operations()) {
      type.addMethod(action(op, async));
      type.addMethod(consumerOverload(op, async, names.method(op), actionReturn(op, async),
          "Calls {@link #" + names.method(op) + "(" + names.request(op).simpleName() + ")} with a request"
              + " built by {@code request}."));
      Pagination.of(op, types).ifPresent(p -> {
        type.addMethod(paginator(op, p, async));
        type.addMethod(consumerOverload(op, async, names.paginatorMethod(op), paginatorType(op, p, async),
            "Calls {@link #" + names.paginatorMethod(op) + "(" + names.request(op).simpleName()
                + ")} with a first request built by {@code request}."));
      });
    }
    if (waiters.hasWaiters()) {
      type.addMethod(waiters.accessor(async));
    }
    type.addMethod(invoke(async));
    type.addMethod(MethodSpec.methodBuilder("close")
        .addJavadoc("Releases the client's connections; calls after closing fail.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .build());
    type.addType(ClientBuilderEmitter.emit(name, impl, service));
    return Poet.file(name.packageName(), type.build());
  }

  /** The package-private class behind the interface, calling the runtime. */
  public JavaFile emitDefault(boolean async) {
    ClassName name = async ? names.asyncClient() : names.client();
    ClassName impl = async ? names.defaultAsyncClient() : names.defaultClient();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(impl)
            .addJavadoc("The {@link $T} that calls the service through the runtime.\n", name)
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(name)
            .addField(HTTP_CLIENT, "http", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(CLIENT_CONFIG, "config")
                .addStatement("this.http = new $T(config)", HTTP_CLIENT)
                .build());
    for (Operation op : service.operations()) {
      type.addMethod(implementation(op, async));
    }
    type.addMethod(MethodSpec.methodBuilder("invoke")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(async ? ParameterizedTypeName.get(FUTURE, ClassName.get(String.class)) : ClassName.get(String.class))
        .addParameter(String.class, "action")
        .addParameter(String.class, "jsonBody")
        .addStatement("return http.$L(action, jsonBody)", async ? "invokeAsync" : "invoke")
        .build());
    type.addMethod(MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("http.close()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + http.serviceUri() + $S", name.simpleName() + "[", "]")
        .build());
    return Poet.file(impl.packageName(), type.build());
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

  private static TypeName actionReturn(ClassName response, boolean async) {
    return async ? ParameterizedTypeName.get(FUTURE, response) : response;
  }

  private TypeName actionReturn(Operation op, boolean async) {
    return actionReturn(names.response(op), async);
  }

  /** The interface's action method: a default an implementation overrides. */
  private MethodSpec action(Operation op, boolean async) {
    return MethodSpec.methodBuilder(names.method(op))
        .addJavadoc(actionDoc(op, async).build())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(actionReturn(op, async))
        .addParameter(names.request(op), "request")
        .addStatement("throw new $T()", UnsupportedOperationException.class)
        .build();
  }

  /** {@code xxx(Consumer<Request.Builder>)}: builds the request in a lambda, then calls {@code xxx(request)}. */
  private MethodSpec consumerOverload(Operation op, boolean async, String method, TypeName returns, String doc) {
    ClassName request = names.request(op);
    return MethodSpec.methodBuilder(method)
        .addJavadoc(new Doc().html(doc)
            .param("request", "sets the request's members on a new builder")
            .returns("what {@link #" + method + "(" + request.simpleName() + ")} returns")
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(returns)
        .addParameter(ParameterizedTypeName.get(Poet.CONSUMER, request.nestedClass("Builder")), "request")
        .addStatement("return $N($T.builder().applyMutation(request).build())", method, request)
        .build();
  }

  private MethodSpec invoke(boolean async) {
    Doc doc = new Doc()
        .html("Calls an action by name with a JSON body, for actions and members the docs miss: signed,"
            + " retried and\nlimited like every other call, errors mapped the same way.")
        .param("action", "the action's wire name, e.g. {@code DescribeInstanceTraffic}")
        .param("jsonBody", "the request as a JSON object (sent compact); null or blank sends {@code {}}");
    if (async) {
      doc.returns("a future of the reply's {@code response} member as compact JSON text, failed as the"
          + " actions' futures fail");
    } else {
      doc.returns("the reply's {@code response} member as compact JSON text ({@code null} when the reply"
              + " has none)")
          .throwsTag("io.github.docsdk.runtime.ZenlayerServiceException",
              "when the service answers with an error code")
          .throwsTag("io.github.docsdk.runtime.ZenlayerClientException", "when the call fails otherwise")
          .throwsTag("IllegalArgumentException", "for a malformed action name or a body that is not a JSON"
              + " object");
    }
    return MethodSpec.methodBuilder("invoke")
        .addJavadoc(doc.build())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(async ? ParameterizedTypeName.get(FUTURE, ClassName.get(String.class)) : ClassName.get(String.class))
        .addParameter(String.class, "action")
        .addParameter(String.class, "jsonBody")
        .addStatement("throw new $T()", UnsupportedOperationException.class)
        .build();
  }

  /** The default class's action: checks required members, then calls the runtime. */
  private MethodSpec implementation(Operation op, boolean async) {
    ClassName response = names.response(op);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.method(op))
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(actionReturn(response, async))
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
        // readOnly is the model's trait: the runtime retries only such calls after a server error
        .addStatement("return http.$L($S, $L, request, request.overrideConfiguration(), $T::fromJson)",
            async ? "callAsync" : "call", op.wireName(), op.readOnly(), response)
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

  private TypeName paginatorType(Operation op, Pagination p, boolean async) {
    ClassName paginator = ClassName.get(RUNTIME, async ? "AsyncPaginator" : "Paginator");
    return ParameterizedTypeName.get(paginator, names.response(op), p.itemType());
  }

  private MethodSpec paginator(Operation op, Pagination p, boolean async) {
    ClassName response = names.response(op);
    TypeName result = paginatorType(op, p, async);
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
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(result)
        .addParameter(names.request(op), "request")
        .addStatement("$T.requireNonNull(request, $S)", Poet.OBJECTS, "request")
        .addStatement("return new $T<>(request.$N() == null ? 1L : request.$N(),\n"
                + "page -> $N(request.toBuilder().$N(page).build()),\n$T::$N, $T::$N)",
            ((ParameterizedTypeName) result).rawType(), p.pageNumAccessor(), p.pageNumAccessor(), names.method(op),
            p.pageNumSetter(), response, p.itemsAccessor(), response, p.totalAccessor())
        .build();
  }
}
