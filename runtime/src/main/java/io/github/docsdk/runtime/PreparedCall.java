package io.github.docsdk.runtime;

import io.github.docsdk.runtime.auth.Zc2Signer;
import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.runtime.json.JsonReader;
import io.github.docsdk.runtime.json.JsonWritable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The parts of a call that stay the same across attempts: the serialised body (so a retry sends the
 * same bytes, never an empty body), its hash, and the reader for the response type.
 *
 * @param <T> the response type
 */
final class PreparedCall<T> {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    final String action;
    final boolean readOnly;
    final byte[] body;
    final String payloadHash;
    final JsonReader<T> reader;
    /** The client's settings with this call's overrides applied. */
    final Duration timeout;
    final long timeoutMillis;
    final int maxAttempts;
    final CredentialsProvider credentialsProvider;
    final Map<String, String> extraHeaders;

    private PreparedCall(ClientConfig config, String action, boolean readOnly, byte[] body, JsonReader<T> reader,
            RequestOverrides overrides) {
        RequestOverrides o = overrides == null ? RequestOverrides.none() : overrides;
        this.timeout = o.apiCallTimeout() != null ? o.apiCallTimeout() : config.callTimeout();
        this.timeoutMillis = timeout.toMillis();
        this.maxAttempts = o.maxAttempts() != null ? o.maxAttempts() : config.maxAttempts();
        this.credentialsProvider = o.credentialsProvider() != null
                ? o.credentialsProvider() : config.credentialsProvider();
        this.extraHeaders = o.headers();
        this.action = action;
        this.readOnly = readOnly;
        this.body = body;
        this.payloadHash = Zc2Signer.payloadHash(body);
        this.reader = reader;
    }

    /**
     * @param request null (sends {@code {}}), a model ({@link JsonWritable}), or a {@code Map} of plain values
     * @throws IllegalArgumentException for a malformed action name, a null reader or a request of another kind
     * @throws ZenlayerClientException if the request cannot be serialised
     */
    static <T> PreparedCall<T> prepare(ClientConfig config, String action, boolean readOnly, Object request,
            RequestOverrides overrides, JsonReader<T> reader) {
        String service = config.service();
        if (!isActionName(action)) {
            throw new IllegalArgumentException("action must be an alphanumeric API action name: " + action);
        }
        if (reader == null) {
            throw new IllegalArgumentException("a response reader is required");
        }
        byte[] body;
        if (request == null) {
            body = EMPTY_OBJECT;
        } else {
            try {
                body = serialise(request);
            } catch (UncheckedIOException e) {
                throw new ZenlayerClientException(service + " " + action + ": could not serialise the request "
                        + request.getClass().getSimpleName() + ": " + e.getCause().getMessage(), e);
            }
            if (body.length == 0) {
                body = EMPTY_OBJECT;
            }
        }
        return new PreparedCall<>(config, action, readOnly, body, reader, overrides);
    }

    /** {@code [A-Za-z][A-Za-z0-9]*}, checked by hand (no Matcher per call); also keeps CR/LF out of X-ZC-Action. */
    static boolean isActionName(String action) {
        if (action == null || action.isEmpty() || !isAsciiLetter(action.charAt(0))) {
            return false;
        }
        for (int i = 1; i < action.length(); i++) {
            char c = action.charAt(i);
            if (!isAsciiLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static byte[] serialise(Object request) {
        if (request instanceof JsonWritable) {
            return JsonCore.toBytes((JsonWritable) request);
        }
        if (request instanceof Map) {
            PlainJson.check(request, "request");
            return JsonCore.toBytes(g -> PlainJson.write(g, request));
        }
        throw new IllegalArgumentException("a request is a model (JsonWritable) or a Map of plain JSON values, not "
                + request.getClass().getName());
    }
}
