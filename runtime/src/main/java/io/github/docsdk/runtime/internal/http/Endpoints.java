package io.github.docsdk.runtime.internal.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Endpoint rules: HTTPS everywhere except loopback, the service path {@code /api/v2/<service>}, and the
 * Host header value exactly as {@code java.net.http} sends it (which the signature covers).
 */
public final class Endpoints {
    private Endpoints() {
    }

    /**
     * Checks an endpoint base URI.
     *
     * @param endpoint e.g. {@code https://console.zenlayer.com}
     * @throws IllegalArgumentException if it is not absolute https (or http to a loopback host), or has a
     *     query, fragment or user info
     */
    public static void validate(URI endpoint) {
        if (endpoint == null || !endpoint.isAbsolute() || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an absolute http(s) URI with a host: " + endpoint);
        }
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            if (!isLoopback(endpoint.getHost())) {
                throw new IllegalArgumentException("plain http:// is refused for non-loopback host "
                        + endpoint.getHost() + ": credentials and data would travel unencrypted; use https://");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException("endpoint scheme must be https (or http for loopback): " + endpoint);
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null
                || endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpoint must not have user info, query or fragment: "
                    + endpoint.getScheme() + "://" + endpoint.getHost());
        }
    }

    /**
     * @param endpoint the validated endpoint base
     * @param service the service name, e.g. {@code bmc}
     * @return {@code <endpoint>/api/v2/<service>}
     */
    public static URI serviceUri(URI endpoint, String service) {
        String base = endpoint.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/api/v2/" + service);
    }

    /**
     * The Host header {@code java.net.http} derives from a URI: the host, plus {@code :port} unless the port
     * is absent or the scheme's default. The signature must cover this exact value.
     *
     * @param uri the request URI
     * @return the Host header value
     */
    public static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        boolean defaultPort = port == -1 || (secure ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /**
     * Loopback without DNS: {@code localhost}, 127.0.0.0/8 and ::1 literals only, so a name that merely
     * resolves to loopback today cannot unlock plain http.
     *
     * @param host a URI host (IPv6 literals may carry brackets)
     * @return whether the host is a loopback name or literal
     */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        boolean ipv4Literal = h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6Literal = h.indexOf(':') >= 0 && h.matches("[0-9a-f:.%]+");
        if (!ipv4Literal && !ipv6Literal) {
            return false;
        }
        try {
            // A literal: getByName parses it without any lookup.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
