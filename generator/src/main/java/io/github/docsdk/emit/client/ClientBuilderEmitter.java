package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.spec.Service;
import javax.lang.model.element.Modifier;

/**
 * Emits a client's nested {@code Builder}: the knobs of DESIGN.md's contract, each forwarded to
 * the runtime's {@code ClientConfig.Builder}, which starts with the service name and API version
 * baked in from the model.
 */
final class ClientBuilderEmitter {

  /** Knob: name, parameter type, parameter doc. */
  private record Knob(String name, TypeName type, String doc) {}

  private static final String RUNTIME = ClientEmitter.RUNTIME;
  private static final Knob[] KNOBS = {
    new Knob("credentials", ClassName.get(RUNTIME, "Credentials"),
        "fixed credentials, e.g. {@code Credentials.of(accessKeyId, accessKeyPassword)}"),
    new Knob("credentialsProvider", ClassName.get(RUNTIME, "CredentialsProvider"),
        "where to get credentials for each call (e.g. from the environment)"),
    new Knob("endpoint", ClassName.get("java.net", "URI"),
        "the API base, e.g. {@code https://console.zenlayer.com}; requests go to"
            + " {@code <endpoint>/api/v2/<service>}"),
    new Knob("callTimeout", ClassName.get("java.time", "Duration"),
        "the limit for one whole call, retries included"),
    new Knob("connectTimeout", ClassName.get("java.time", "Duration"),
        "the limit for opening a connection"),
    new Knob("maxAttempts", TypeName.INT, "attempts per call, 1 meaning no retries"),
    new Knob("retryPolicy", ClassName.get(RUNTIME, "RetryPolicy"),
        "attempts and backoff together, e.g. {@code RetryPolicy.of(5, Duration.ofMillis(200), Duration.ofSeconds(10))}"
            + " or {@code RetryPolicy.none()}"),
    new Knob("maxConcurrency", TypeName.INT, "exchanges (and so connections) in flight at most; more calls wait"),
    new Knob("proxy", ClassName.get("java.net", "URI"),
        "an HTTP proxy, {@code http://host:port}, for every call (https tunnels through it); when not"
            + " set,\n    {@code HTTPS_PROXY} and {@code NO_PROXY} from the environment apply"),
    new Knob("addInterceptor", ClassName.get(RUNTIME, "ExecutionInterceptor"),
        "a hook called before each request is sent and after each response (metrics, tracing)"),
    new Knob("userAgent", ClassName.get(String.class), "appended to the User-Agent header's value"),
    new Knob("userAgentSuffix", ClassName.get(String.class), "appended to the User-Agent header's value"),
  };

  private ClientBuilderEmitter() {}

  static TypeSpec emit(ClassName client, ClassName impl, Service service) {
    ClassName builder = client.nestedClass("Builder");
    ClassName configBuilder = ClientEmitter.CLIENT_CONFIG.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Configures a {@link $T}; not thread-safe.\n", client)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addField(FieldSpec.builder(configBuilder, "config", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder().service($S).apiVersion($S)",
                    ClientEmitter.CLIENT_CONFIG, service.name(), service.apiVersion())
                .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Knob knob : KNOBS) {
      String param = knob.name().equals("addInterceptor") ? "interceptor" : knob.name();
      type.addMethod(
          MethodSpec.methodBuilder(knob.name())
              .addJavadoc("Sets or adds a client setting.\n\n@param $L $L\n@return this builder\n", param, knob.doc())
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(knob.type(), param)
              .addStatement("config.$L($N)", knob.name(), param)
              .addStatement("return this")
              .build());
    }
    ClassName duration = ClassName.get("java.time", "Duration");
    type.addMethod(
        MethodSpec.methodBuilder("retryBackoff")
            .addJavadoc("Sets the backoff between attempts: full jitter, doubling from {@code base} up to"
                + " {@code max}.\n\n@param base the step before the first retry\n@param max the largest"
                + " computed wait\n@return this builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(duration, "base")
            .addParameter(duration, "max")
            .addStatement("config.retryBackoff(base, max)")
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("Creates the client.\n\n@return a new client; close it when done\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("return new $T(config.build())", impl)
            .build());
    return type.build();
  }
}
