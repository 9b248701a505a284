package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Pagination;

/**
 * Serves the page a request asks for, for actions whose model says they page ({@link
 * Operation#pagination()}): the reply's item list is cut to page {@code pageNumber} (1-based) of
 * {@code pageSize} items; the total stays as the reply gives it. A request without page members
 * gets the whole list, as does an action that does not page.
 */
final class Pages {

  private Pages() {}

  /** @return the reply itself when nothing is cut, else a cut copy (replies are shared) */
  static ObjectNode page(Operation op, JsonNode request, ObjectNode reply) {
    Pagination p = op.pagination().orElse(null);
    JsonNode items = p == null ? null : reply.get(p.items());
    if (items == null || !items.isArray() || request == null || !request.isObject()) {
      return reply;
    }
    long number = request.path(p.pageNumber()).asLong(1);
    long size = request.path(p.pageSize()).asLong(Math.max(1, items.size()));
    if (number < 1 || size < 1) {
      return reply; // the request validator's business; serve everything rather than guess
    }
    int count = items.size();
    // (number - 1) * size without overflow: any page past the end is empty
    long from = number - 1 > count / size ? count : Math.min(count, (number - 1) * size);
    long to = Math.min(count, from + size);
    if (from == 0 && to == count) {
      return reply;
    }
    ObjectNode copy = reply.deepCopy();
    ArrayNode page = copy.putArray(p.items());
    for (long i = from; i < to; i++) {
      page.add(items.get((int) i));
    }
    return copy;
  }
}
