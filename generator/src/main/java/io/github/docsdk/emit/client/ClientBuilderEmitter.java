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
    new Knob("addInterceptor", ClassName.get(RUNTIME, "ExecutionInterceptor"),
        "a hook called before each request is sent and after each response (metrics, tracing)"),
    new Knob("userAgent", ClassName.get(String.class), "the User-Agent header's value"),
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
