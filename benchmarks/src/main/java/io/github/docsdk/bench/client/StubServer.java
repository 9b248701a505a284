package io.github.docsdk.bench.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The loopback stand-in for the API in the client benchmarks, run as its own process so that its
 * CPU and allocation are not counted against the client. Minimal HTTP/1.1 with keep-alive: reads
 * a request's headers and body and answers every request on a port with one fixed, pre-encoded
 * response, so the server side costs the same for the client and for the raw floor.
 *
 * <p>Usage: {@code StubServer N1 N2 ...}: one port per image count; prints {@code READY p1 p2 ...}
 * once listening, and exits when its standard input closes (the benchmark JVM ended).
 */
public final class StubServer {

  private StubServer() {}

  public static void main(String[] args) throws IOException {
    StringBuilder ready = new StringBuilder("READY");
    for (String arg : args) {
      byte[] response = response(StubBodies.describeImages(Integer.parseInt(arg)));
      ServerSocket server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
      daemon(() -> acceptLoop(server, response), "accept-" + server.getLocalPort());
      ready.append(' ').append(server.getLocalPort());
    }
    System.out.println(ready);
    System.out.flush();
    while (System.in.read() >= 0) {
      // Wait for the parent to go away.
    }
    System.exit(0);
  }

  static byte[] response(byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static void acceptLoop(ServerSocket server, byte[] response) {
    while (true) {
      try {
        Socket socket = server.accept();
        daemon(() -> serve(socket, response), "conn");
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void serve(Socket socket, byte[] response) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = socket.getOutputStream();
      while (true) {
        long length = readHead(in);
        if (length < 0) {
          return;
        }
        in.skipNBytes(length);
        out.write(response);
        out.flush();
      }
    } catch (IOException e) {
      // The client closed the connection; nothing to do.
    }
  }

  /** Reads one request head; returns its Content-Length (0 when absent), or -1 at end of stream. */
  private static long readHead(InputStream in) throws IOException {
    long length = 0;
    StringBuilder line = new StringBuilder(128);
    boolean any = false;
    while (true) {
      int c = in.read();
      if (c < 0) {
        return any ? failTruncated() : -1;
      }
      any = true;
      if (c == '\n') {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
          line.setLength(n - 1);
        }
        if (line.length() == 0) {
          return length;
        }
        String header = line.toString();
        int colon = header.indexOf(':');
        if (colon > 0) {
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          if (name.equals("content-length")) {
            length = Long.parseLong(header.substring(colon + 1).trim());
          } else if (name.equals("transfer-encoding")) {
            throw new IOException("chunked requests are not supported by the stub");
          }
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
  }

  private static long failTruncated() throws IOException {
    throw new IOException("connection closed inside a request head");
  }

  private static void daemon(Runnable body, String name) {
    Thread t = new Thread(body, "stub-" + name);
    t.setDaemon(true);
    t.start();
  }
}
