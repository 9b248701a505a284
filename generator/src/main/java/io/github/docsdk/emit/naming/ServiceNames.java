package io.github.docsdk.emit.naming;

import com.palantir.javapoet.ClassName;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every class and client-method name of one generated SDK, decided once and up front so that the
 * emitters agree and the result does not depend on the order in which they run. Contract names
 * ({@code <Action>Request}, {@code <Service>Client}, ...) are allocated first and so win clashes;
 * shapes that collide get a {@code Model} suffix. Client methods besides the actions' (waiters)
 * are named when an emitter first asks ({@link #extraClientMethod}), in the emitters' fixed order.
 */
public final class ServiceNames {

  /** Client methods that exist besides the actions. */
  private static final List<String> CLIENT_RESERVED =
      List.of("builder", "close", "invoke", "equals", "hashCode", "toString", "getClass", "notify",
          "notifyAll", "wait", "clone", "finalize");

  private final String basePackage;
  private final String modelPackage;
  private final ClassName client;
  private final ClassName asyncClient;
  private final ClassName defaultClient;
  private final ClassName defaultAsyncClient;
  private final ClassName errorCodes;
  private final ClassName requestChecks;
  private final ClassName waiter;
  private final ClassName asyncWaiter;
  private final Map<String, ClassName> shapes = new HashMap<>();
  private final Map<String, ClassName> requests = new HashMap<>();
  private final Map<String, ClassName> responses = new HashMap<>();
  private final Map<String, String> methods = new HashMap<>();
  private final Map<String, String> paginatorMethods = new HashMap<>();

  private final Map<String, String> extraMethods = new HashMap<>();
  /**
   * Recorded client names the plan kept from new elements without giving them to a planned key:
   * those of extra methods (and of removed elements), each still free for its own key.
   */
  private final Set<String> heldForExtras;
  private static final String WAITERS_KEY = "waiters";
  private final Identifiers clientMethods;
  private final LockSession lock;

  public ServiceNames(Service service, String basePackage) {
    this(service, basePackage, LockSession.fresh());
  }

  /** Names chosen through a lock: recorded names are kept, new ones never take a recorded one. */
  public ServiceNames(Service service, String basePackage, LockSession lock) {
    this.basePackage = basePackage;
    this.modelPackage = basePackage + ".model";
    String prefix = JavaNames.upperCamel(service.name(), "Service");

    ClassNameAllocator base = new ClassNameAllocator();
    client = ClassName.get(basePackage, base.allocate(prefix + "Client", "_"));
    asyncClient = ClassName.get(basePackage, base.allocate(prefix + "AsyncClient", "_"));
    defaultClient = ClassName.get(basePackage, base.allocate("Default" + prefix + "Client", "_"));
    defaultAsyncClient = ClassName.get(basePackage, base.allocate("Default" + prefix + "AsyncClient", "_"));
    errorCodes = ClassName.get(basePackage, base.allocate(prefix + "ErrorCodes", "_"));
    requestChecks = ClassName.get(basePackage, base.allocate(prefix + "RequestChecks", "_"));
    waiter = ClassName.get(basePackage, base.allocate(prefix + "Waiter", "_"));
    asyncWaiter = ClassName.get(basePackage, base.allocate(prefix + "AsyncWaiter", "_"));

    ClassNameAllocator model = new ClassNameAllocator();
    model.reserve("Builder"); // every model has a nested Builder; Java forbids Builder.Builder
    Map<String, String> suggestions = new LinkedHashMap<>();
    Map<String, SourceLocation> where = new HashMap<>();
    for (Operation op : service.operations()) {
      String action = JavaNames.upperCamel(op.name(), "Action");
      suggestions.put(requestKey(op), action + "Request");
      suggestions.put(responseKey(op), action + "Response");
      where.put(requestKey(op), op.location());
      where.put(responseKey(op), op.location());
    }
    for (Shape shape : service.shapes()) {
      String fallback = shape instanceof EnumShape ? "Enum" : "Structure";
      suggestions.put(shapeKey(shape.name()), JavaNames.upperCamel(shape.name(), fallback));
      where.put(shapeKey(shape.name()), shape.location());
    }
    Map<String, String> classes = lock.choose(LockSession.CLASSES, List.copyOf(suggestions.keySet()), model::isFree,
        model::reserve, key -> model.allocate(suggestions.get(key), key.startsWith("shape:") ? "Model" : "_"),
        where::get);
    for (Operation op : service.operations()) {
      requests.put(op.name(), ClassName.get(modelPackage, classes.get(requestKey(op))));
      responses.put(op.name(), ClassName.get(modelPackage, classes.get(responseKey(op))));
    }
    for (Shape shape : service.shapes()) {
      shapes.put(shape.name(), ClassName.get(modelPackage, classes.get(shapeKey(shape.name()))));
    }

    Identifiers clientMethods = new Identifiers();
    CLIENT_RESERVED.forEach(clientMethods::newName);
    List<String> methodKeys = new ArrayList<>();
    service.operations().forEach(op -> methodKeys.add("method:" + op.name()));
    service.operations().forEach(op -> methodKeys.add("paginator:" + op.name()));
    Map<String, Operation> byKey = new HashMap<>();
    service.operations().forEach(op -> {
      byKey.put("method:" + op.name(), op);
      byKey.put("paginator:" + op.name(), op);
    });
    // planned for every action, as before the lock; recorded when an emitter asks for one
    Set<String> reserved = new HashSet<>();
    Map<String, String> chosen = lock.plan(LockSession.CLIENT, methodKeys, clientMethods::isFree,
        name -> {
          clientMethods.reserve(name);
          reserved.add(name);
        }, (key, soFar) -> {
          Operation op = byKey.get(key);
          return key.startsWith("method:") ? clientMethods.newName(JavaNames.lowerCamel(op.name(), "action"))
              : clientMethods.newName(soFar.get("method:" + op.name()) + "Paginator");
        });
    for (Operation op : service.operations()) {
      methods.put(op.name(), chosen.get("method:" + op.name()));
      paginatorMethods.put(op.name(), chosen.get("paginator:" + op.name()));
    }
    reserved.removeAll(chosen.values());
    this.heldForExtras = reserved;
    this.clientMethods = clientMethods;
    this.lock = lock;
  }

  /** Lock key of a shape's class. */
  static String shapeKey(String shapeName) {
    return "shape:" + shapeName;
  }

  private static String requestKey(Operation op) {
    return "request:" + op.name();
  }

  private static String responseKey(Operation op) {
    return "response:" + op.name();
  }

  /** The lock this SDK's names are chosen with; emitters choose the names of their own scopes with it. */
  public LockSession lock() {
    return lock;
  }

  /**
   * Another client method (e.g. a waiter), named through the lock so it keeps its name across
   * runs: {@code key} identifies the element ({@code waiter:InstanceRunning}), {@code suggestion}
   * is the name wanted.
   */
  public String extraClientMethod(String key, String suggestion, SourceLocation at) {
    return extraMethods.computeIfAbsent(key, k -> chooseExtra(k, suggestion, at));
  }

  private String chooseExtra(String key, String suggestion, SourceLocation at) {
    String recorded = lock.recorded(LockSession.CLIENT, key);
    if (recorded != null && heldForExtras.remove(recorded)) {
      // the plan reserved it for the element the lock gives it to, which is this one
      lock.record(LockSession.CLIENT, key, recorded, at);
      return recorded;
    }
    return lock.choose(LockSession.CLIENT, List.of(key), clientMethods::isFree, clientMethods::reserve,
        k -> clientMethods.newName(suggestion), k -> at).get(key);
  }

  /** The client method giving the waiters, {@code waiter()}; only ask when the service has waiters. */
  public String waiterAccessor(SourceLocation at) {
    return extraClientMethod(WAITERS_KEY, "waiter", at);
  }

  /** A waiter's method, e.g. {@code waitUntilInstanceRunning}. */
  public String waiterMethod(Waiter w) {
    return extraClientMethod(waiterKey(w), "waitUntil" + JavaNames.upperCamel(w.name(), "Waiter"), w.location());
  }

  private static String waiterKey(Waiter w) {
    return "waiter:" + w.name();
  }

  /** {@code <Service>Waiter}: the sync client's waiters. */
  public ClassName waiter() {
    return waiter;
  }

  /** {@code <Service>AsyncWaiter}: the async client's waiters. */
  public ClassName asyncWaiter() {
    return asyncWaiter;
  }

  public String basePackage() {
    return basePackage;
  }

  public String modelPackage() {
    return modelPackage;
  }

  public ClassName client() {
    return client;
  }

  public ClassName asyncClient() {
    return asyncClient;
  }

  /** The package-private class implementing {@link #client()}. */
  public ClassName defaultClient() {
    return defaultClient;
  }

  /** The package-private class implementing {@link #asyncClient()}. */
  public ClassName defaultAsyncClient() {
    return defaultAsyncClient;
  }

  public ClassName errorCodes() {
    return errorCodes;
  }

  public ClassName requestChecks() {
    return requestChecks;
  }

  /** The class of a shape, or null when the service has no shape of that name. */
  public ClassName shape(String shapeName) {
    return shapes.get(shapeName);
  }

  public ClassName request(Operation op) {
    return requests.get(op.name());
  }

  public ClassName response(Operation op) {
    return responses.get(op.name());
  }

  /** The client method of an action, e.g. {@code describeImages}. */
  public String method(Operation op) {
    String name = methods.get(op.name());
    lock.record(LockSession.CLIENT, "method:" + op.name(), name, op.location());
    return name;
  }

  /** The paginator method of an action, e.g. {@code describeImagesPaginator}; only ask when it has one. */
  public String paginatorMethod(Operation op) {
    String name = paginatorMethods.get(op.name());
    lock.record(LockSession.CLIENT, "paginator:" + op.name(), name, op.location());
    return name;
  }
}
