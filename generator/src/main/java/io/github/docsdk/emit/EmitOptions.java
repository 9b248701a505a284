package io.github.docsdk.emit;

import java.util.Objects;

/**
 * How to emit Java.
 *
 * @param basePackage e.g. {@code com.example.zenlayer.bmc}; models go in {@code basePackage.model}
 */
public record EmitOptions(String basePackage) {

  public EmitOptions {
    Objects.requireNonNull(basePackage, "basePackage");
  }
}
