package io.github.docsdk.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A socket-level client for requests no HTTP library will send: huge heads, lying lengths, stalls. */
final class RawClient implements AutoCloseable {
  final Socket socket;

  RawClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
  }

  RawClient send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawClient send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one reply: the status line's code and the body after the head (up to Content-Length). */
  String[] reply() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    if (text.isEmpty()) {
      return new String[] {"closed", ""};
    }
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return new String[] {text.split(" ")[1], new String(body, StandardCharsets.UTF_8)};
  }

  static String head(String action, long contentLength, String... extra) {
    StringBuilder sb = new StringBuilder("POST /api/v2/bmc HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .append("Content-Type: application/json; charset=utf-8\r\n");
    if (action != null) {
      sb.append("X-ZC-Action: ").append(action).append("\r\n");
    }
    for (String e : extra) {
      sb.append(e).append("\r\n");
    }
    return sb.append("Content-Length: ").append(contentLength).append("\r\n\r\n").toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
