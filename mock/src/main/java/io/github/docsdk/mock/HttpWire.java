package io.github.docsdk.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads HTTP/1.1 request heads and bodies within limits and writes replies. Every read happens under the
 * request's deadline, so a client sending one byte a second is cut off when the deadline passes, not
 * served forever.
 */
final class HttpWire {
  static final String CODE_HEADERS_TOO_LARGE = "REQUEST_HEADER_FIELDS_TOO_LARGE";
  static final String CODE_BODY_TOO_LARGE = "REQUEST_ENTITY_TOO_LARGE";
  static final String CODE_BAD_REQUEST = "BAD_REQUEST";
  static final String CODE_LENGTH_REQUIRED = "LENGTH_REQUIRED";
  static final String CODE_TIMED_OUT = "REQUEST_TIMED_OUT";

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private HttpWire() {}

  /**
   * Reads a request head whose first byte has already arrived.
   *
   * @throws WireException with 431 for a head or header count beyond the limits, 400 for a malformed
   *     head, 408 when the deadline passes
   */
  static WireRequest readHead(int firstByte, InputStream in, Socket socket, long deadlineNanos, WireLimits limits)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    List<String> lines = new ArrayList<>();
    int total = 1;
    int b = firstByte;
    while (true) {
      if (b == '\n') {
        String text = trimCr(line);
        line.reset();
        if (text.isEmpty()) {
          if (lines.isEmpty()) {
            b = next(in, socket, deadlineNanos); // tolerate blank lines before the request line
            total++;
            continue;
          }
          break;
        }
        lines.add(text);
        if (lines.size() > limits.maxHeaders + 1) {
          throw new WireException(431, CODE_HEADERS_TOO_LARGE,
              "more than " + limits.maxHeaders + " request headers");
        }
      } else {
        line.write(b);
      }
      if (total > limits.maxHeadBytes) {
        throw new WireException(431, CODE_HEADERS_TOO_LARGE,
            "the request line and headers exceed " + limits.maxHeadBytes + " bytes");
      }
      b = next(in, socket, deadlineNanos);
      total++;
    }
    String[] requestLine = lines.get(0).split(" ", -1);
    if (requestLine.length != 3 || !TOKEN.matcher(requestLine[0]).matches()
        || !requestLine[2].startsWith("HTTP/1.")) {
      throw new WireException(400, CODE_BAD_REQUEST, "malformed request line");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String h = lines.get(i);
      int colon = h.indexOf(':');
      if (colon <= 0 || !TOKEN.matcher(h.substring(0, colon)).matches()) {
        throw new WireException(400, CODE_BAD_REQUEST, "malformed header line " + i);
      }
      headers.computeIfAbsent(h.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.substring(colon + 1).trim());
    }
    String target = requestLine[1];
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    return new WireRequest(requestLine[0], path, headers, new byte[0], total);
  }

  /**
   * The declared body length, checked against the limit before any body byte is read.
   *
   * @throws WireException 413 beyond the limit, 411 for a body without Content-Length, 400 for a
   *     malformed length
   */
  static long declaredLength(WireRequest head, WireLimits limits) throws WireException {
    if (head.header("transfer-encoding") != null) {
      throw new WireException(411, CODE_LENGTH_REQUIRED, "send the body with a Content-Length, not chunked");
    }
    List<String> values = head.headers.get("content-length");
    if (values == null) {
      return 0;
    }
    String first = values.get(0);
    for (String v : values) {
      if (!v.equals(first)) {
        throw new WireException(400, CODE_BAD_REQUEST, "conflicting Content-Length headers");
      }
    }
    if (!DIGITS.matcher(first).matches()) {
      throw new WireException(400, CODE_BAD_REQUEST, "Content-Length is not a decimal number");
    }
    long length = Long.parseLong(first);
    if (length > limits.maxBodyBytes) {
      throw new WireException(413, CODE_BODY_TOO_LARGE,
          "the body of " + length + " bytes exceeds the limit of " + limits.maxBodyBytes + " bytes");
    }
    return length;
  }

  /** Reads exactly {@code length} body bytes before the deadline. */
  static byte[] readBody(long length, InputStream in, Socket socket, long deadlineNanos) throws IOException {
    byte[] body = new byte[(int) length];
    int off = 0;
    while (off < body.length) {
      setTimeout(socket, deadlineNanos);
      int n;
      try {
        n = in.read(body, off, body.length - off);
      } catch (SocketTimeoutException e) {
        throw timedOut();
      }
      if (n < 0) {
        throw new IOException("the client closed the connection in the middle of the body");
      }
      off += n;
    }
    return body;
  }

  static void write(OutputStream out, int status, Map<String, String> headers, byte[] body, boolean close)
      throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n");
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static int next(InputStream in, Socket socket, long deadlineNanos) throws IOException {
    setTimeout(socket, deadlineNanos);
    int b;
    try {
      b = in.read();
    } catch (SocketTimeoutException e) {
      throw timedOut();
    }
    if (b < 0) {
      throw new IOException("the client closed the connection in the middle of the request head");
    }
    return b;
  }

  private static void setTimeout(Socket socket, long deadlineNanos) throws IOException {
    long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
    if (leftMillis <= 0) {
      throw timedOut();
    }
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
  }

  private static WireException timedOut() {
    return new WireException(408, CODE_TIMED_OUT, "the request did not arrive within the read timeout");
  }

  private static String trimCr(ByteArrayOutputStream line) {
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private static String reason(int status) {
    switch (status) {
      case 100: return "Continue";
      case 200: return "OK";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 411: return "Length Required";
      case 413: return "Payload Too Large";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return "Status";
    }
  }
}
