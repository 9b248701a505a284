package io.github.docsdk.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 (JDK's com.sun.net.httpserver) that records every request, checks its
 * signature with {@link SignatureVerifier}, and answers with whatever the test's {@link Responder} says.
 */
public final class StubServer implements AutoCloseable {
    public static final String KEY_ID = "AKIDTESTKEY0001";
    public static final String KEY_PASSWORD = "s3cr3t-Pa55word-never-logged";

    /** Decides the reply to the n-th request (0-based). */
    @FunctionalInterface
    public interface Responder {
        Reply reply(int index, Recorded request) throws Exception;
    }

    /** A received request. */
    public static final class Recorded {
        public final Map<String, String> headers;
        public final byte[] body;
        public final int remotePort;
        public final String signatureProblem;
        public final String path;
        public final long receivedNanos;

        Recorded(Map<String, String> headers, byte[] body, int remotePort, String signatureProblem, String path) {
            this.headers = headers;
            this.body = body;
            this.remotePort = remotePort;
            this.signatureProblem = signatureProblem;
            this.path = path;
            this.receivedNanos = System.nanoTime();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String action() {
            return headers.get("x-zc-action");
        }
    }

    /** A scripted reply. */
    public static final class Reply {
        final int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        final byte[] body;
        long delayMillis;
        boolean gzip;
        boolean chunked;

        private Reply(int status, byte[] body) {
            this.status = status;
            this.body = body;
        }

        public static Reply json(int status, String json) {
            return new Reply(status, json.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json");
        }

        public static Reply raw(int status, String contentType, byte[] body) {
            return new Reply(status, body).header("Content-Type", contentType);
        }

        public static Reply ok(String requestId, String responseJson) {
            return json(200, "{\"requestId\":\"" + requestId + "\",\"response\":" + responseJson + "}");
        }

        public static Reply error(int status, String code, String requestId, String message) {
            return json(status, "{\"requestId\":\"" + requestId + "\",\"code\":\"" + code + "\",\"message\":\""
                    + message + "\"}");
        }

        public Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Reply delay(long millis) {
            this.delayMillis = millis;
            return this;
        }

        /** Sends without Content-Length (chunked transfer encoding). */
        public Reply chunked() {
            this.chunked = true;
            return this;
        }

        public Reply gzip() {
            this.gzip = true;
            return this;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<Integer> remotePorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private final SignatureVerifier verifier;
    private final Responder responder;

    private StubServer(Responder responder, SignatureVerifier verifier) throws IOException {
        this.responder = responder;
        this.verifier = verifier;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubServer start(Responder responder) throws IOException {
        return new StubServer(responder, new SignatureVerifier(KEY_ID, KEY_PASSWORD));
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    /** Distinct client ports seen: one per TCP connection the client opened. */
    public Set<Integer> remotePorts() {
        return remotePorts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            String auth = headers.getOrDefault("authorization", "");
            String problem = auth.startsWith("Bearer ") ? null : verifier.verify(headers, body);
            int port = exchange.getRemoteAddress().getPort();
            remotePorts.add(port);
            Recorded recorded = new Recorded(headers, body, port, problem, exchange.getRequestURI().getPath());
            requests.add(recorded);
            Reply reply;
            if (problem != null) {
                reply = Reply.error(401, "AUTHFAILURE_SIGNATURE_FAILURE", "stub-" + counter.get(), problem);
                counter.incrementAndGet();
            } else {
                reply = responder.reply(counter.getAndIncrement(), recorded);
            }
            send(exchange, reply);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        if (reply.delayMillis > 0) {
            Thread.sleep(reply.delayMillis);
        }
        byte[] body = reply.body;
        if (reply.gzip) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(body);
            }
            body = buf.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        reply.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(reply.status, reply.chunked ? 0 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
