package io.github.docsdk.mock;

import java.time.Duration;
import java.util.Map;

/** What to write back for one request: a status, headers and a body, or nothing (drop the connection). */
final class WireReply {
  final int status;
  final Map<String, String> headers;
  final byte[] body;
  final boolean drop;
  final Duration delay;

  WireReply(int status, Map<String, String> headers, byte[] body, boolean drop, Duration delay) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.drop = drop;
    this.delay = delay;
  }
}
