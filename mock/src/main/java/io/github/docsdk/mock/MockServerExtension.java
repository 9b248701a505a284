package io.github.docsdk.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link MockServer} on a free port for a test class, and injecting
 * its base URI ({@code java.net.URI} parameters) and the server itself ({@link MockServer}
 * parameters) into test and lifecycle methods.
 *
 * <p>Needs {@code junit-jupiter-api} on the class path: docsdk-mock declares it optional, so
 * embedding the server alone brings no JUnit. Two ways to register it:
 *
 * <pre>{@code
 * // 1. declaratively, with @MockServerConfig on the class
 * @ExtendWith(MockServerExtension.class)
 * @MockServerConfig(model = "/META-INF/docsdk/bmc-2022-11-20.json", accessKeyId = "id", accessKeyPassword = "pw")
 *
 * // 2. programmatically; a static field gives one server per class, an instance field one per test
 * @RegisterExtension
 * static final MockServerExtension MOCK = MockServerExtension.builder()
 *     .modelResource("META-INF/docsdk/bmc-2022-11-20.json")   // or modelFile(Path), modelJson(String),
 *     .credentials("id", "pw")                                // or model(() -> json from docs)
 *     .build();
 * }</pre>
 *
 * To serve straight from a docs folder, pass a supplier that runs the docsdk generator's parser and
 * writes the model JSON (the mock itself does not read Markdown).
 */
public final class MockServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final Supplier<String> programmaticModel;
  private final Consumer<MockServer.Builder> configurer;
  private final boolean programmaticReset;

  private MockServer server;
  /** The context that started the server, which alone may stop it (nested classes share it). */
  private String owner;

  /** For {@code @ExtendWith}: configured by {@link MockServerConfig} on the test class. */
  public MockServerExtension() {
    this(null, b -> {}, true);
  }

  private MockServerExtension(Supplier<String> model, Consumer<MockServer.Builder> configurer, boolean reset) {
    this.programmaticModel = model;
    this.configurer = configurer;
    this.programmaticReset = reset;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The running server; fails outside a test's lifetime. */
  public synchronized MockServer server() {
    if (server == null) {
      throw new IllegalStateException("the mock server runs only while tests of its class run");
    }
    return server;
  }

  public URI baseUri() {
    return server().baseUri();
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    start(context);
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    start(context);
    if (resetBetweenTests(context)) {
      server.reset();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    stopIfOwner(context);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    stopIfOwner(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == URI.class || type == MockServer.class;
  }

  @Override
  public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    start(context);
    return parameter.getParameter().getType() == URI.class ? server.baseUri() : server;
  }

  private void start(ExtensionContext context) {
    if (server != null) {
      return;
    }
    MockServer.Builder builder;
    if (programmaticModel != null) {
      builder = MockServer.builder(programmaticModel.get());
    } else {
      MockServerConfig config = config(context);
      builder = MockServer.builder(declaredModel(context, config));
      if (!config.accessKeyId().isEmpty()) {
        builder.credentials(config.accessKeyId(), config.accessKeyPassword());
      }
      if (config.stateful()) {
        builder.stateful(true).transition(java.time.Duration.ofMillis(config.transitionMs()));
      }
    }
    configurer.accept(builder);
    server = builder.start();
    owner = context.getUniqueId();
  }

  private void stopIfOwner(ExtensionContext context) {
    if (server != null && context.getUniqueId().equals(owner)) {
      server.close();
      server = null;
      owner = null;
    }
  }

  private boolean resetBetweenTests(ExtensionContext context) {
    return programmaticModel != null ? programmaticReset : config(context).resetBetweenTests();
  }

  private static MockServerConfig config(ExtensionContext context) {
    Class<?> type = context.getRequiredTestClass();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      MockServerConfig config = c.getAnnotation(MockServerConfig.class);
      if (config != null) {
        return config;
      }
    }
    throw new ExtensionConfigurationException(
        type.getName() + " uses MockServerExtension without @MockServerConfig; annotate the class or "
            + "register the extension with MockServerExtension.builder()");
  }

  private static String declaredModel(ExtensionContext context, MockServerConfig config) {
    boolean hasResource = !config.model().isEmpty();
    if (hasResource == !config.modelFile().isEmpty()) {
      throw new ExtensionConfigurationException("@MockServerConfig needs exactly one of model and modelFile");
    }
    if (!hasResource) {
      return readFile(Path.of(config.modelFile()));
    }
    Class<?> testClass = context.getRequiredTestClass();
    try (InputStream in = testClass.getResourceAsStream(config.model())) {
      if (in == null) {
        throw new ExtensionConfigurationException(
            "model resource " + config.model() + " not found from " + testClass.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtensionConfigurationException("cannot read model file " + file.toAbsolutePath(), e);
    }
  }

  private static String readResource(String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = MockServerExtension.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new ExtensionConfigurationException("model resource " + path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a programmatically registered extension. */
  public static final class Builder {
    private Supplier<String> model;
    private Consumer<MockServer.Builder> configurer = b -> {};
    private boolean reset = true;

    private Builder() {}

    /** A model JSON on the class path (context class loader; a leading / is ignored). */
    public Builder modelResource(String name) {
      Objects.requireNonNull(name, "name");
      return model(() -> readResource(name));
    }

    public Builder modelFile(Path file) {
      Objects.requireNonNull(file, "file");
      return model(() -> readFile(file));
    }

    public Builder modelJson(String json) {
      Objects.requireNonNull(json, "json");
      return model(() -> json);
    }

    /** The model JSON, produced when the server starts (e.g. by parsing a docs folder). */
    public Builder model(Supplier<String> modelJson) {
      this.model = Objects.requireNonNull(modelJson, "modelJson");
      return this;
    }

    public Builder credentials(String accessKeyId, String accessKeyPassword) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(accessKeyPassword, "accessKeyPassword");
      return configure(b -> b.credentials(accessKeyId, accessKeyPassword));
    }

    /** Any other server setting (clock, threads, bearer tokens...). */
    public Builder configure(Consumer<MockServer.Builder> more) {
      Objects.requireNonNull(more, "more");
      Consumer<MockServer.Builder> before = configurer;
      configurer = b -> {
        before.accept(b);
        more.accept(b);
      };
      return this;
    }

    /**
     * Keep the resources the model declares, with transitional states lasting this long
     * ({@link MockServer.Builder#stateful(boolean)}, {@link MockServer.Builder#transition(java.time.Duration)}).
     */
    public Builder stateful(java.time.Duration transition) {
      Objects.requireNonNull(transition, "transition");
      return configure(b -> b.stateful(true).transition(transition));
    }

    /** Forget scripts, recorded requests and kept resources before each test (default true). */
    public Builder resetBetweenTests(boolean reset) {
      this.reset = reset;
      return this;
    }

    public MockServerExtension build() {
      if (model == null) {
        throw new IllegalStateException("give the model: modelResource, modelFile, modelJson or model");
      }
      return new MockServerExtension(model, configurer, reset);
    }
  }
}
