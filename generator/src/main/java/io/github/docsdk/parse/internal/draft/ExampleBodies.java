package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.read.JsonLite;
import java.util.HashMap;
import java.util.Map;

/**
 * The examples' bodies, each parsed once: the assembler reads the first ones for the members' types
 * and the example checks read them all again. The trees are only read, never changed.
 */
final class ExampleBodies {

  private final Map<String, JsonLite.Result> parsed = new HashMap<>();

  JsonLite.Result parse(String text) {
    JsonLite.Result r = parsed.get(text);
    if (r == null) {
      r = JsonLite.parse(text);
      parsed.put(text, r);
    }
    return r;
  }
}
