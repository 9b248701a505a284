package io.github.docsdk.runtime;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt about to be sent, as seen by an {@link ExecutionInterceptor}. Headers set by the runtime
 * are readable except {@code Authorization}, which carries credentials.
 */
public final class RequestContext {
    private final String service;
    private final String action;
    private final int attempt;
    private final URI uri;
    private final Map<String, String> headers;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    RequestContext(String service, String action, int attempt, URI uri, Map<String, String> headers) {
        this.service = service;
        this.action = action;
        this.attempt = attempt;
        this.uri = uri;
        this.headers = Collections.unmodifiableMap(headers);
    }

    /** @return the service, e.g. {@code bmc} */
    public String service() {
        return service;
    }

    /** @return the action, e.g. {@code DescribeImages} */
    public String action() {
        return action;
    }

    /** @return the attempt number, starting at 1 */
    public int attempt() {
        return attempt;
    }

    /** @return the URI the attempt is posted to */
    public URI uri() {
        return uri;
    }

    /** @return the runtime's headers for this attempt, without {@code Authorization} */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Adds a header (e.g. a trace id). Protocol headers cannot be replaced: the signature and the service
     * depend on them.
     *
     * @param name header name
     * @param value header value
     * @throws IllegalArgumentException for {@code Authorization}, {@code Content-Type}, {@code Host} or
     *     an {@code X-ZC-*} header
     */
    public void addHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("content-type") || lower.equals("host")
                || lower.startsWith("x-zc-")) {
            throw new IllegalArgumentException("interceptors cannot set protocol header " + name);
        }
        extraHeaders.put(name, value);
    }

    Map<String, String> extraHeaders() {
        return extraHeaders;
    }
}
