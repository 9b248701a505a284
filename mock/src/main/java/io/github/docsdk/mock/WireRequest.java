package io.github.docsdk.mock;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One HTTP request as read off the socket: the head, and the body once it has been read. */
final class WireRequest {
  final String method;
  final String path;
  /** Header names in lower case, values in arrival order. */
  final Map<String, List<String>> headers;
  final byte[] body;
  /** The size of the head on the wire, for the request log's byte budget. */
  final int headBytes;

  WireRequest(String method, String path, Map<String, List<String>> headers, byte[] body, int headBytes) {
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
    this.headBytes = headBytes;
  }

  WireRequest withBody(byte[] bytes) {
    return new WireRequest(method, path, headers, bytes, headBytes);
  }

  /** The first value of a header (any case), or null. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
