package io.github.docsdk.emit;

import io.github.docsdk.lock.LockSession;
import java.util.Objects;

/**
 * How to emit Java.
 *
 * @param basePackage e.g. {@code com.example.zenlayer.bmc}; models go in {@code basePackage.model}
 * @param lock the name lock the SDK's names are chosen through (records what this run chose)
 */
public record EmitOptions(String basePackage, LockSession lock) {

  public EmitOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(lock, "lock");
  }

  /** Without a lock file: names as chosen afresh. */
  public EmitOptions(String basePackage) {
    this(basePackage, LockSession.fresh());
  }
}
