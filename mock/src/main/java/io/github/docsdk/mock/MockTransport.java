package io.github.docsdk.mock;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock's HTTP/1.1 server on 127.0.0.1. Each connection gets a reader thread that takes in the head
 * and the body under the read deadline; only complete requests reach the worker pool, so clients that
 * send slowly (or not at all) hold a reader for at most the read timeout and never a worker. The
 * number of open connections is capped; beyond it a client gets 503 at once.
 */
final class MockTransport implements AutoCloseable {

  /** What the transport asks of the mock. */
  interface Handler {
    /** @return a reply that ends the request before its body is read, or null to read it */
    WireReply beforeBody(WireRequest head);

    /** Answers a complete request (runs on a worker). */
    WireReply handle(WireRequest request);

    /** The reply for a request the transport refused ({@code head} is null when it could not be read). */
    WireReply refused(WireRequest head, WireException reason);
  }

  private final ServerSocket serverSocket;
  private final Handler handler;
  private final WireLimits limits;
  private final ExecutorService workers;
  private final ExecutorService readers = Executors.newCachedThreadPool(daemon("docsdk-mock-conn-"));
  private final Semaphore connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  MockTransport(int port, Handler handler, WireLimits limits, ExecutorService workers) throws IOException {
    this.handler = handler;
    this.limits = limits;
    this.workers = workers;
    this.connections = new Semaphore(limits.maxConnections);
    this.serverSocket = new ServerSocket(port, 256, InetAddress.getLoopbackAddress());
    this.acceptor = daemon("docsdk-mock-accept-").newThread(this::acceptLoop);
    acceptor.start();
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  InetAddress address() {
    return serverSocket.getInetAddress();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (closed) {
        closeQuietly(socket); // accepted while close() ran: nobody will serve it
        return;
      }
      if (!connections.tryAcquire()) {
        refuseBusy(socket);
        continue;
      }
      open.add(socket);
      try {
        readers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        release(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      while (!closed && exchange(socket, in, out)) {
        // keep-alive: next request on the same connection
      }
    } catch (IOException | RuntimeException e) {
      // the client went away or broke the protocol; nothing more to tell it
    } finally {
      release(socket);
    }
  }

  /** @return whether the connection stays open for another request */
  private boolean exchange(Socket socket, InputStream in, OutputStream out) throws IOException {
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, limits.idleTimeout.toMillis()));
    int first;
    try {
      first = in.read();
    } catch (SocketTimeoutException e) {
      return false; // idle keep-alive connection: close it quietly
    }
    if (first < 0) {
      return false;
    }
    long deadline = System.nanoTime() + limits.readTimeout.toNanos();
    WireRequest head = null;
    try {
      head = HttpWire.readHead(first, in, socket, deadline, limits);
      long length = HttpWire.declaredLength(head, limits);
      WireReply early = handler.beforeBody(head);
      if (early != null) {
        // The body stays unread, so the connection cannot carry another request.
        writeReply(out, early, true);
        drainAndClose(socket, in);
        return false;
      }
      if (length > 0 && "100-continue".equalsIgnoreCase(head.header("expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      WireRequest request = head.withBody(HttpWire.readBody(length, in, socket, deadline));
      socket.setSoTimeout(0); // the worker may take as long as a scripted delay says
      WireReply reply = onWorker(request);
      if (reply == null || reply.drop) {
        return false;
      }
      boolean close = "close".equalsIgnoreCase(request.header("connection"));
      writeReply(out, reply, close);
      return !close;
    } catch (WireException e) {
      writeReply(out, handler.refused(head, e), true);
      drainAndClose(socket, in);
      return false;
    }
  }

  /**
   * Closing a socket with unread bytes makes TCP send a reset, which can destroy the reply before the
   * client reads it; so the write side is closed first and what the client still sends is discarded,
   * for a bounded time and amount.
   */
  private static void drainAndClose(Socket socket, InputStream in) {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(250);
      byte[] sink = new byte[8192];
      long until = System.nanoTime() + 1_000_000_000L;
      long left = 1L << 20;
      int n;
      while (left > 0 && System.nanoTime() < until && (n = in.read(sink)) >= 0) {
        left -= n;
      }
    } catch (IOException e) {
      // timed out or reset: either way the reply has gone out
    }
  }

  private WireReply onWorker(WireRequest request) throws IOException {
    Future<WireReply> reply;
    try {
      reply = workers.submit(() -> {
        WireReply r = handler.handle(request);
        if (!r.delay.isZero()) {
          Thread.sleep(r.delay.toMillis());
        }
        return r;
      });
    } catch (RejectedExecutionException e) {
      return null; // shutting down
    }
    try {
      return reply.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply.cancel(true);
      return null;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException) {
        return null; // a scripted delay cut short by close(): drop the connection
      }
      throw new IOException("the handler failed", e.getCause());
    }
  }

  private static void writeReply(OutputStream out, WireReply reply, boolean close) throws IOException {
    HttpWire.write(out, reply.status, reply.headers, reply.body, close);
  }

  private void refuseBusy(Socket socket) {
    try (socket) {
      OutputStream out = socket.getOutputStream();
      writeReply(out, handler.refused(null, new WireException(503, CommonErrors.SERVICE_TEMPORARY_UNAVAILABLE,
          "more than " + limits.maxConnections + " open connections")), true);
    } catch (IOException e) {
      // the client is gone
    }
  }

  private void release(Socket socket) {
    if (open.remove(socket)) {
      connections.release();
    }
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** Stops at once: open connections are cut and waiting replies interrupted. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException e) {
      // already closed
    }
    // The JDK defers the real close of a listening socket until the thread blocked in accept()
    // has left it; wait for that, so that once close() returns the port refuses connections.
    if (Thread.currentThread() != acceptor) {
      try {
        acceptor.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Socket s : open) {
      release(s);
    }
    readers.shutdownNow();
    workers.shutdownNow();
  }

  static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do: it is going away
    }
  }
}
