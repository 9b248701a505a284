package io.github.docsdk.emit.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every class and client-method name of one generated SDK, decided once and up front so that the
 * emitters agree and the result does not depend on the order in which they run. Contract names
 * ({@code <Action>Request}, {@code <Service>Client}, ...) are allocated first and so win clashes;
 * shapes that collide get a {@code Model} suffix.
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
  private final Map<String, ClassName> shapes = new HashMap<>();
  private final Map<String, ClassName> requests = new HashMap<>();
  private final Map<String, ClassName> responses = new HashMap<>();
  private final Map<String, String> methods = new HashMap<>();
  private final Map<String, String> paginatorMethods = new HashMap<>();

  public ServiceNames(Service service, String basePackage) {
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

    ClassNameAllocator model = new ClassNameAllocator();
    model.reserve("Builder"); // every model has a nested Builder; Java forbids Builder.Builder
    for (Operation op : service.operations()) {
      String action = JavaNames.upperCamel(op.name(), "Action");
      requests.put(op.name(), ClassName.get(modelPackage, model.allocate(action + "Request", "_")));
      responses.put(op.name(), ClassName.get(modelPackage, model.allocate(action + "Response", "_")));
    }
    for (Shape shape : service.shapes()) {
      String fallback = shape instanceof EnumShape ? "Enum" : "Structure";
      String name = JavaNames.upperCamel(shape.name(), fallback);
      shapes.put(shape.name(), ClassName.get(modelPackage, model.allocate(name, "Model")));
    }

    NameAllocator clientMethods = new NameAllocator();
    CLIENT_RESERVED.forEach(clientMethods::newName);
    for (Operation op : service.operations()) {
      methods.put(op.name(), clientMethods.newName(JavaNames.lowerCamel(op.name(), "action")));
    }
    for (Operation op : service.operations()) {
      paginatorMethods.put(op.name(), clientMethods.newName(methods.get(op.name()) + "Paginator"));
    }
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
    return methods.get(op.name());
  }

  /** The paginator method of an action, e.g. {@code describeImagesPaginator}. */
  public String paginatorMethod(Operation op) {
    return paginatorMethods.get(op.name());
  }
}
