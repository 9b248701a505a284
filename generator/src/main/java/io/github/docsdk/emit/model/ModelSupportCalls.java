package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/** Code that calls the runtime's {@code internal.ModelSupport} helpers, shared by every model. */
final class ModelSupportCalls {

  static final ClassName SUPPORT = ClassName.get("io.github.docsdk.runtime.internal", "ModelSupport");

  /** An unmodifiable view of a list that may be null. */
  CodeBlock freeze(CodeBlock list) {
    return CodeBlock.of("$T.freeze($L)", SUPPORT, list);
  }

  /** An unmodifiable copy of a builder's unknown or additional fields. */
  CodeBlock freezeFields(CodeBlock map) {
    return CodeBlock.of("$T.freezeFields($L)", SUPPORT, map);
  }

  /** A private copy of a collection that may be null. */
  CodeBlock copy(CodeBlock collection) {
    return CodeBlock.of("$T.copy($L)", SUPPORT, collection);
  }

  /** The wire value of an enum constant, refusing UNKNOWN_TO_SDK_VERSION with the member's name. */
  CodeBlock wire(CodeBlock value, String jsonName) {
    return CodeBlock.of("$T.wire($L, $S)", SUPPORT, value, jsonName);
  }

  /** Wire strings of enums or instants, null staying null, refusing UNKNOWN_TO_SDK_VERSION. */
  CodeBlock strings(CodeBlock collection, String jsonName) {
    return CodeBlock.of("$T.strings($L, $S)", SUPPORT, collection, jsonName);
  }

  /** A lenient Instant from a wire string; null when absent, an exception naming the member when unparsable. */
  CodeBlock instant(CodeBlock raw, String jsonName) {
    return CodeBlock.of("$T.instant($L, $S)", SUPPORT, raw, jsonName);
  }

  /** Instants from a raw list; empty when absent. */
  CodeBlock instants(CodeBlock raw, String jsonName) {
    return CodeBlock.of("$T.instants($L, $S)", SUPPORT, raw, jsonName);
  }

  /** Converts a raw list with a function reference; empty when absent. */
  CodeBlock convert(CodeBlock raw, CodeBlock function) {
    return CodeBlock.of("$T.convert($L, $L)", SUPPORT, raw, function);
  }

  /** Adds an additional request field, refusing names the model defines. */
  CodeBlock putAdditional(CodeBlock fields, CodeBlock known, String name, String value) {
    return CodeBlock.of("$T.putAdditional($L, $L, $N, $N)", SUPPORT, fields, known, name, value);
  }

  /** The masked text of a secret for toString. */
  CodeBlock mask(CodeBlock value) {
    return CodeBlock.of("$T.mask($L)", SUPPORT, value);
  }
}
