package io.github.docsdk.runtime.internal.http;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which HTTP proxy a client uses: the one given on its builder, else the standard environment
 * ({@code HTTPS_PROXY} / {@code https_proxy} for https endpoints, {@code HTTP_PROXY} / {@code http_proxy} for
 * http ones), unless {@code NO_PROXY} / {@code no_proxy} names the endpoint's host (a comma-separated list of
 * host names, domain suffixes such as {@code .example.com} or {@code example.com}, or {@code *}). Loopback
 * endpoints never go through an environment proxy. Decided once per client: its endpoint is fixed.
 */
public final class Proxies {
    private Proxies() {
    }

    /**
     * @param endpoint the client's endpoint
     * @param explicit the proxy set on the builder, or null
     * @param environment the environment lookup (e.g. {@code System::getenv})
     * @return the proxy's address, or empty to connect directly
     * @throws IllegalArgumentException for a proxy URI that is not {@code http://host[:port]}
     */
    public static Optional<InetSocketAddress> select(URI endpoint, URI explicit, UnaryOperator<String> environment) {
        if (explicit != null) {
            return Optional.of(address(explicit, "proxy"));
        }
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        if (Endpoints.isLoopback(host) || bypassed(host, env(environment, "NO_PROXY"))) {
            return Optional.empty();
        }
        String name = "https".equalsIgnoreCase(endpoint.getScheme()) ? "HTTPS_PROXY" : "HTTP_PROXY";
        String value = env(environment, name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        URI uri;
        try {
            uri = URI.create(text.contains("://") ? text : "http://" + text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a proxy URI (http://host:port)");
        }
        return Optional.of(address(uri, name));
    }

    private static String env(UnaryOperator<String> environment, String upper) {
        String value = environment.apply(upper);
        return value != null ? value : environment.apply(upper.toLowerCase(Locale.ROOT));
    }

    static boolean bypassed(String host, String noProxy) {
        if (noProxy == null) {
            return false;
        }
        for (String entry : noProxy.split(",")) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.equals("*")) {
                return true;
            }
            int colon = e.lastIndexOf(':');
            if (colon > 0 && e.indexOf(']') < colon && e.chars().filter(c -> c == ':').count() == 1) {
                e = e.substring(0, colon); // a port in the entry: hosts are compared without it
            }
            String suffix = e.startsWith(".") ? e : "." + e;
            String bare = e.startsWith(".") ? e.substring(1) : e;
            if (host.equals(bare) || host.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The address of an {@code http://host[:port]} proxy (port 80 when absent); names the setting, not the value. */
    private static InetSocketAddress address(URI proxy, String setting) {
        if (!"http".equalsIgnoreCase(proxy.getScheme()) || proxy.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an http://host:port URI (an HTTP proxy; https"
                    + " calls go through it with CONNECT)");
        }
        if (proxy.getRawUserInfo() != null) {
            throw new IllegalArgumentException(setting + ": proxy credentials in the URI are not supported");
        }
        String path = proxy.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || proxy.getRawQuery() != null) {
            throw new IllegalArgumentException(setting + " must be http://host:port, without a path or query");
        }
        return new InetSocketAddress(proxy.getHost(), proxy.getPort() == -1 ? 80 : proxy.getPort());
    }
}
