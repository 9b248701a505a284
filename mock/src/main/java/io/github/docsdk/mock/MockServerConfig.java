package io.github.docsdk.mock;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures {@link MockServerExtension} when it is registered declaratively:
 *
 * <pre>{@code
 * @ExtendWith(MockServerExtension.class)
 * @MockServerConfig(model = "/META-INF/docsdk/bmc-2022-11-20.json",
 *     accessKeyId = "test-id", accessKeyPassword = "test-password")
 * class BmcClientTest {
 *   @Test void call(URI baseUri, MockServer mock) { ... }
 * }
 * }</pre>
 *
 * Give exactly one of {@link #model()} and {@link #modelFile()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MockServerConfig {

  /** A model JSON on the class path, resolved against the test class (absolute with a leading /). */
  String model() default "";

  /** A model JSON file, relative to the working directory. */
  String modelFile() default "";

  /** Signatures are checked against this key pair; empty accepts unsigned requests. */
  String accessKeyId() default "";

  String accessKeyPassword() default "";

  /** Forget scripts, recorded requests and kept resources before each test (default true). */
  boolean resetBetweenTests() default true;

  /** Keep the resources the model declares ({@link MockServer.Builder#stateful(boolean)}). */
  boolean stateful() default false;

  /** Under {@link #stateful()}: how long transitional states last, in milliseconds (default 1000). */
  long transitionMs() default 1000;
}
