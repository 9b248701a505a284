package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.ModelMember;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.emit.naming.Identifiers;
import io.github.docsdk.emit.naming.JavaNames;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Service>Waiter} and {@code <Service>AsyncWaiter}: per declared waiter ({@link
 * Service#waiters()}) a {@code waitUntilXxx(request)} method, one taking {@code
 * Consumer<WaiterOverrides.Builder>} and one building the request in a lambda. The waiter's facts
 * become a runtime {@code WaiterDefinition} constant (accessors of the decoded response, status
 * values, defaults), so the runtime's engine needs to know nothing about the models or their JSON.
 * The client interfaces get {@code waiter()} ({@link #accessor}).
 */
public final class WaiterEmitter {

  private static final ClassName DEFINITION = ClassName.get(ClientEmitter.RUNTIME, "WaiterDefinition");
  private static final ClassName ON_EMPTY = DEFINITION.nestedClass("OnEmpty");
  private static final ClassName RESPONSE = ClassName.get(ClientEmitter.RUNTIME, "WaiterResponse");
  private static final ClassName OVERRIDES = ClassName.get(ClientEmitter.RUNTIME, "WaiterOverrides");
  private static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  private final Service service;
  private final ServiceNames names;
  private final TypeMapper types;
  private final Map<String, String> constants = new HashMap<>();

  public WaiterEmitter(Service service, ServiceNames names, TypeMapper types) {
    this.service = service;
    this.names = names;
    this.types = types;
    Identifiers fields = new Identifiers();
    for (Waiter w : service.waiters()) {
      constants.put(w.name(), fields.newName(JavaNames.constantName(w.name(), "WAITER")));
    }
  }

  /** Whether there is anything to emit: the service declares waiters. */
  public boolean hasWaiters() {
    return !service.waiters().isEmpty();
  }

  /** {@code waiter()} on the client interface, building the waiter over the client itself. */
  public MethodSpec accessor(boolean async) {
    ClassName waiter = async ? names.asyncWaiter() : names.waiter();
    return MethodSpec.methodBuilder(names.waiterAccessor(service.waiters().get(0).location()))
        .addJavadoc(new Doc()
            .html("Waits for resources to reach a state, by polling read-only actions through this client"
                + " (so\nstubs work too).")
            .returns("the waiters, one method per waiter the service declares")
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(waiter)
        .addStatement("return $T.create(this)", waiter)
        .build();
  }

  public JavaFile emit(boolean async) {
    ClassName name = async ? names.asyncWaiter() : names.waiter();
    ClassName client = async ? names.asyncClient() : names.client();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc(new Doc()
            .html("Waits for " + Poet.code(service.name()) + " resources to reach a state by polling their"
                + " read-only actions" + (async ? ", without\nblocking a thread (polls are async calls, delays"
                + " are timers; cancelling a returned future stops the wait)." : "."))
            .html("A wait succeeds when every item the reply lists has a success status, fails with {@code"
                + " WaiterFailureException}\nat the first failure status, and ends with {@code"
                + " WaiterTimeoutException} at its maximum wait, after a last\npoll at the deadline."
                + " Polls are ordinary calls with the client's retries: an error that outlives them ends\n"
                + "the wait with that error. Between polls the waiter sleeps about one poll interval,"
                + " randomly spread.")
            .html("Get one from {@link " + client.simpleName() + "#" + names.waiterAccessor(
                service.waiters().get(0).location()) + "()}.")
            .build())
        .addAnnotation(Poet.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (!async) {
      for (Waiter w : service.waiters()) {
        type.addField(definition(w));
      }
    }
    type.addField(client, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(client, "client")
            .addStatement("this.client = $T.requireNonNull(client, $S)", Poet.OBJECTS, "client")
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc(new Doc().html("Waiters polling through {@code client}.")
                .param("client", "the client the polls are sent with")
                .returns("the waiters")
                .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(client, "client")
            .addStatement("return new $T(client)", name)
            .build());
    for (Waiter w : service.waiters()) {
      Operation op = service.operation(w.action()).orElseThrow();
      type.addMethod(plain(w, op, async));
      type.addMethod(withOverrides(w, op, async));
      type.addMethod(withBuilder(w, op, async));
    }
    return Poet.file(name.packageName(), type.build());
  }

  private TypeName result(Operation op, boolean async) {
    TypeName response = ParameterizedTypeName.get(RESPONSE, names.response(op));
    return async ? ParameterizedTypeName.get(FUTURE, response) : response;
  }

  private MethodSpec plain(Waiter w, Operation op, boolean async) {
    String method = names.waiterMethod(w);
    return MethodSpec.methodBuilder(method)
        .addJavadoc(doc(w, op, async, false).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(result(op, async))
        .addParameter(names.request(op), "request")
        .addStatement("return $N(request, overrides -> { })", method)
        .build();
  }

  /** The wait itself: the definition's engine polling the client's action. */
  private MethodSpec withOverrides(Waiter w, Operation op, boolean async) {
    String method = names.waiterMethod(w);
    MethodSpec.Builder m = MethodSpec.methodBuilder(method)
        .addJavadoc(doc(w, op, async, true).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(result(op, async))
        .addParameter(names.request(op), "request")
        .addParameter(ParameterizedTypeName.get(Poet.CONSUMER, OVERRIDES.nestedClass("Builder")), "overrides")
        .addStatement("$T.requireNonNull(request, $S)", Poet.OBJECTS, "request");
    if (async) {
      m.addStatement("$T settings", OVERRIDES)
          .beginControlFlow("try")
          .addStatement("settings = $T.of(overrides)", OVERRIDES)
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addStatement("return $T.failedFuture(e)", FUTURE)
          .endControlFlow()
          .addStatement("return $T.$N.awaitAsync(settings, () -> client.$N(request))", names.waiter(),
              constants.get(w.name()), names.method(op));
    } else {
      m.addStatement("return $N.await($T.of(overrides), () -> client.$N(request))", constants.get(w.name()),
          OVERRIDES, names.method(op));
    }
    return m.build();
  }

  private MethodSpec withBuilder(Waiter w, Operation op, boolean async) {
    String method = names.waiterMethod(w);
    ClassName request = names.request(op);
    return MethodSpec.methodBuilder(method)
        .addJavadoc(new Doc()
            .html("Calls {@link #" + method + "(" + request.simpleName() + ")} with a request built by {@code"
                + " request}.")
            .param("request", "sets the request's members on a new builder")
            .returns("what {@link #" + method + "(" + request.simpleName() + ")} returns")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(result(op, async))
        .addParameter(ParameterizedTypeName.get(Poet.CONSUMER, request.nestedClass("Builder")), "request")
        .addStatement("return $N($T.builder().applyMutation(request).build())", method, request)
        .build();
  }

  private Doc doc(Waiter w, Operation op, boolean async, boolean withOverrides) {
    Doc doc = new Doc();
    doc.text(w.description());
    if (doc.isEmpty()) {
      doc.html("Waits for the " + Poet.code(w.name()) + " state.");
    }
    StructureShape item = itemShape(w, op);
    ClassName client = async ? names.asyncClient() : names.client();
    String polls = "Polls {@link " + client.simpleName() + "#" + names.method(op) + "} until ";
    if (w.success().isEmpty()) {
      polls += "it lists no item (" + Poet.code(w.items()) + " is empty)";
    } else {
      polls += Poet.code(w.items() + "[]." + w.status()) + " is " + codes(w.success()) + " for every listed "
          + Poet.code(item.name());
    }
    polls += (w.failure().isEmpty() ? "" : ";\n" + codes(w.failure()) + " fails the wait") + ".\n" + emptyDoc(w)
        + (withOverrides ? "\nBy default it polls" : "\nWith the waiter's defaults: it polls") + " about every "
        + seconds(w.pollIntervalMillis()) + " and waits at most " + seconds(w.maxWaitMillis()) + ".";
    doc.html(polls);
    doc.param("request", "the " + Poet.code(op.name()) + " request polled, e.g. naming the resources' ids");
    if (withOverrides) {
      doc.param("overrides", "changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}");
    }
    boolean canFail = !w.failure().isEmpty() || w.onEmpty() == Waiter.OnEmpty.FAILURE;
    if (async) {
      doc.returns("a future of the last reply and the number of polls, failed with "
          + (canFail ? "{@code WaiterFailureException},\n" : "") + "{@code WaiterTimeoutException} or the error"
          + " of a poll");
    } else {
      doc.returns("the last reply (in which the wait succeeded) and the number of polls");
      if (canFail) {
        doc.throwsTag("io.github.docsdk.runtime.WaiterFailureException", (w.failure().isEmpty() ? ""
            : "when an item reaches a failure status") + (w.failure().isEmpty() ? "when no item is listed"
            : w.onEmpty() == Waiter.OnEmpty.FAILURE ? " or no item is listed" : "")
            + " (naming the item, its status and the waiter)");
      }
      doc.throwsTag("io.github.docsdk.runtime.WaiterTimeoutException", "when the maximum wait is reached")
          .throwsTag("io.github.docsdk.runtime.ZenlayerServiceException", "when a poll fails after the client's"
              + " retries")
          .throwsTag("io.github.docsdk.runtime.ZenlayerClientException", "when a poll cannot be made, or the"
              + " thread is interrupted (its interrupt flag stays set)");
    }
    return doc;
  }

  private static String emptyDoc(Waiter w) {
    switch (w.onEmpty()) {
      case SUCCESS:
        return "A reply listing no item (the resources are gone) ends the wait with success.";
      case FAILURE:
        return "A reply listing no item (the resources cannot be found) fails the wait.";
      default:
        return "A reply listing no item (not visible yet) keeps the wait going.";
    }
  }

  private static String codes(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Poet.code(v)));
    return String.join(" or ", out);
  }

  private static String seconds(long millis) {
    if (millis % 60_000 == 0 && millis >= 120_000) {
      return millis / 60_000 + " minutes";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** {@code static final WaiterDefinition<Resp, Item> INSTANCE_RUNNING = ...}. */
  private FieldSpec definition(Waiter w) {
    Operation op = service.operation(w.action()).orElseThrow();
    ClassName response = names.response(op);
    StructureShape item = itemShape(w, op);
    ClassName itemClass = names.shape(item.name());
    TypeName type = ParameterizedTypeName.get(DEFINITION, response, itemClass);
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.<$T, $T>builder($S)\n", DEFINITION, response, itemClass, w.name())
        .indent().indent()
        .add(".items($L)\n", path(response, op.response(), w.items(), false));
    if (w.id() != null) {
      init.add(".id($L)\n", path(itemClass, item.members(), w.id(), true));
    }
    init.add(".status($L)\n", path(itemClass, item.members(), w.status(), true));
    if (!w.success().isEmpty()) {
      init.add(".success($L)\n", strings(w.success()));
    }
    if (!w.failure().isEmpty()) {
      init.add(".failure($L)\n", strings(w.failure()));
    }
    if (w.onEmpty() != Waiter.OnEmpty.KEEP_WAITING) {
      init.add(".onEmpty($T.$L)\n", ON_EMPTY, w.onEmpty().name());
    }
    init.add(".pollInterval($T.ofMillis($LL))\n", DURATION, w.pollIntervalMillis())
        .add(".maxWait($T.ofMillis($LL))\n", DURATION, w.maxWaitMillis())
        .add(".build()")
        .unindent().unindent();
    return FieldSpec.builder(type, constants.get(w.name()), Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> out = new ArrayList<>();
    values.forEach(v -> out.add(CodeBlock.of("$S", v)));
    return CodeBlock.join(out, ", ");
  }

  /**
   * An accessor chain for a dotted member path: a method reference for one member, else a null-safe
   * walk; a status (the last member when {@code raw}) is read as sent on the wire.
   */
  private CodeBlock path(ClassName owner, List<Member> members, String dotted, boolean raw) {
    String[] parts = dotted.split("\\.");
    List<String> accessors = new ArrayList<>();
    List<ClassName> owners = new ArrayList<>();
    ClassName current = owner;
    List<Member> currentMembers = members;
    for (int i = 0; i < parts.length; i++) {
      ModelMember m = plan(current, currentMembers, parts[i]);
      boolean last = i == parts.length - 1;
      owners.add(current);
      accessors.add(last && raw && m.asString() != null ? m.asString() : m.name());
      if (!last) {
        String shape = m.member().type().shape();
        current = names.shape(shape);
        currentMembers = ((StructureShape) service.shape(shape).orElseThrow()).members();
      }
    }
    if (parts.length == 1) {
      return CodeBlock.of("$T::$N", owners.get(0), accessors.get(0));
    }
    String var = raw ? "item" : "reply";
    CodeBlock.Builder walk = CodeBlock.builder().add("$N -> $T.ofNullable($N)", var, OPTIONAL, var);
    for (int i = 0; i < parts.length; i++) {
      walk.add(".map($T::$N)", owners.get(i), accessors.get(i));
    }
    return walk.add(".orElse(null)").build();
  }

  private ModelMember plan(ClassName owner, List<Member> members, String jsonName) {
    return ModelMember.plan(owner, members, types).stream().filter(m -> m.jsonName().equals(jsonName))
        .findFirst().orElseThrow(() -> new IllegalStateException("waiter path names no member " + jsonName));
  }

  private StructureShape itemShape(Waiter w, Operation op) {
    List<Member> members = op.response();
    TypeRef type = null;
    for (String part : w.items().split("\\.")) {
      Member m = members.stream().filter(x -> x.name().equals(part)).findFirst().orElseThrow();
      type = m.type();
      if (type.kind() == TypeRef.Kind.STRUCTURE) {
        members = ((StructureShape) service.shape(type.shape()).orElseThrow()).members();
      }
    }
    return (StructureShape) service.shape(type.element().shape()).orElseThrow();
  }
}
