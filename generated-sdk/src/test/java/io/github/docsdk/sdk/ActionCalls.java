package io.github.docsdk.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls a generated client method by its action name, so one table-driven test can reach every
 * action the docs define without a hand-written line per action.
 */
final class ActionCalls {

  static final String MODEL_PACKAGE = "io.github.docsdk.sdk.bmc.model.";

  private ActionCalls() {}

  static String methodName(String action) {
    return Character.toLowerCase(action.charAt(0)) + action.substring(1);
  }

  static Class<?> requestClass(String action) throws ClassNotFoundException {
    return Class.forName(MODEL_PACKAGE + action + "Request");
  }

  /** Reads request JSON into the generated request class with its fromJson, as a user's JSON config would be. */
  static Object request(String action, JsonNode json) throws Exception {
    try {
      return requestClass(action).getMethod("fromJson", String.class).invoke(null, json.toString());
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  /** Invokes {@code client.<action>(request)}, unwrapping the reflective wrapper exception. */
  static Object call(Object client, String action, Object request) throws Throwable {
    // the client interface's method: the class behind it is package-private
    Method method = client.getClass().getInterfaces()[0].getMethod(methodName(action), requestClass(action));
    try {
      return method.invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
