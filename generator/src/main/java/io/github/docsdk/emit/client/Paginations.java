package io.github.docsdk.emit.client;

import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.spec.Operation;

/** Public face of {@link Pagination} for the facade: whether an action gets a paginator. */
public final class Paginations {

  private Paginations() {}

  public static boolean paginates(Operation op, TypeMapper types) {
    return Pagination.of(op, types).isPresent();
  }
}
