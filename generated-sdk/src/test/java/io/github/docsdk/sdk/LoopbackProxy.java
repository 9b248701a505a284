package io.github.docsdk.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forwarding HTTP proxy on 127.0.0.1, small on purpose: one request per connection, given in absolute
 * form ({@code POST http://host:port/path HTTP/1.1}), forwarded in origin form with its headers and body, and
 * the origin's answer relayed with {@code Connection: close}. Records each request line it forwarded.
 */
final class LoopbackProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  LoopbackProxy() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "loopback-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  List<String> requestLines() {
    return requestLines;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread t = new Thread(() -> serve(client), "loopback-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
      String head = readHead(in);
      String[] lines = head.split("\r\n");
      String[] requestLine = lines[0].split(" ");
      requestLines.add(lines[0]);
      URI target = URI.create(requestLine[1]);
      int length = 0;
      StringBuilder headers = new StringBuilder();
      for (int i = 1; i < lines.length; i++) {
        String lower = lines[i].toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(lines[i].substring(15).trim());
        }
        if (!lower.startsWith("connection:") && !lower.startsWith("proxy-connection:")) {
          headers.append(lines[i]).append("\r\n");
        }
      }
      byte[] body = in.readNBytes(length);
      String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
      try (Socket origin = new Socket(target.getHost(), target.getPort())) {
        OutputStream toOrigin = origin.getOutputStream();
        toOrigin.write((requestLine[0] + " " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        toOrigin.write(body);
        toOrigin.flush();
        byte[] answer = origin.getInputStream().readAllBytes();
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        StringBuilder relayed = new StringBuilder();
        for (String line : text.substring(0, split).split("\r\n")) {
          if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
            relayed.append(line).append("\r\n");
          }
        }
        out.write((relayed + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(answer, split + 4, answer.length - split - 4);
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // a broken exchange shows in the test as a failed call
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      head.write(b);
      matched = (b == '\r' || b == '\n') && (matched % 2 == 0 ? b == '\r' : b == '\n') ? matched + 1
          : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, Math.max(0, text.length() - 4));
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
