package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/** Code that calls the generated {@code internal.ModelSupport} helpers, shared by every model. */
final class ModelSupportCalls {

  private final ClassName support;

  ModelSupportCalls(ClassName support) {
    this.support = support;
  }

  /** An unmodifiable view of a list that may be null. */
  CodeBlock freeze(CodeBlock list) {
    return CodeBlock.of("$T.freeze($L)", support, list);
  }

  /** A private copy of a collection that may be null. */
  CodeBlock copy(CodeBlock collection) {
    return CodeBlock.of("$T.copy($L)", support, collection);
  }

  /** Wire strings of enums or instants, null staying null. */
  CodeBlock strings(CodeBlock collection) {
    return CodeBlock.of("$T.strings($L)", support, collection);
  }

  /** A lenient Instant from a wire string; null when absent or unparsable. */
  CodeBlock instant(CodeBlock raw) {
    return CodeBlock.of("$T.instant($L)", support, raw);
  }

  /** Converts a raw list with a function reference; empty when absent. */
  CodeBlock convert(CodeBlock raw, CodeBlock function) {
    return CodeBlock.of("$T.convert($L, $L)", support, raw, function);
  }

  /** Instants as a function reference for {@link #convert}. */
  CodeBlock instantFunction() {
    return CodeBlock.of("$T::instant", support);
  }

  /** The masked text of a secret for toString. */
  CodeBlock mask(CodeBlock value) {
    return CodeBlock.of("$T.mask($L)", support, value);
  }
}
