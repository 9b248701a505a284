package io.github.docsdk.runtime;

import io.github.docsdk.runtime.auth.Zc2Signer;
import io.github.docsdk.runtime.internal.http.Endpoints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the HTTP request of one attempt: fresh credentials, timestamp and signature each time (a long
 * backoff must not send a stale timestamp), then the interceptors' extra headers.
 */
final class AttemptRequests {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** Sent as X-ZC-Signature-Version with every signed request, as the official SDKs do. */
    static final String SIGNATURE_VERSION = "V2";
    /** Sent as X-ZC-SDK-Lang: the service tells SDK traffic apart by these two headers. */
    static final String SDK_LANG = "java";
    static final String SDK_VERSION = runtimeVersion();
    private static final String USER_AGENT = "docsdk-runtime/" + SDK_VERSION + " Java/"
            + System.getProperty("java.version", "unknown");

    private final ClientConfig config;
    private final URI uri;
    private final String host;
    private final String userAgent;
    private final List<ExecutionInterceptor> interceptors;
    private final Zc2Signer.ForHost signer;
    /**
     * The headers that are the same on every request of this client, validated once here: each call
     * starts from a {@code copy()}, which does not check them again. Never mutated after construction.
     */
    private final HttpRequest.Builder signedTemplate;
    private final HttpRequest.Builder bearerTemplate;

    AttemptRequests(ClientConfig config, URI uri) {
        this.config = config;
        this.uri = uri;
        this.host = Endpoints.hostHeader(uri);
        this.userAgent = config.userAgent() == null ? USER_AGENT : USER_AGENT + " " + config.userAgent();
        this.interceptors = config.interceptors();
        this.signer = Zc2Signer.forHost(CONTENT_TYPE, host);
        this.bearerTemplate = template();
        this.signedTemplate = template()
                .header("X-ZC-Signature-Method", Zc2Signer.ALGORITHM)
                .header("X-ZC-Signature-Version", SIGNATURE_VERSION);
    }

    private HttpRequest.Builder template() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .header("X-ZC-Service", config.service())
                .header("X-ZC-Version", config.apiVersion())
                .header("X-ZC-SDK-Lang", SDK_LANG)
                .header("X-ZC-SDK-Version", SDK_VERSION);
        if (config.acceptGzip()) {
            builder.header("Accept-Encoding", "gzip");
        }
        return builder;
    }

    URI uri() {
        return uri;
    }

    /**
     * @param remaining time left for the call, used as the request's own timeout
     * @throws ZenlayerClientException if credentials are unavailable or an interceptor fails
     */
    HttpRequest build(PreparedCall<?> call, int attempt, Duration remaining) {
        Credentials credentials = resolveCredentials(call);
        long timestamp = System.currentTimeMillis() / 1000L;
        String authorization;
        if (credentials.isBearerToken()) {
            authorization = "Bearer " + credentials.token();
        } else {
            authorization = signer.sign(credentials.accessKeyId(), credentials.accessKeyPassword(),
                    call.payloadHash, timestamp);
        }
        // the JDK keeps headers sorted by name, so the wire order is the same as adding them all here
        HttpRequest.Builder builder = (credentials.isBearerToken() ? bearerTemplate : signedTemplate).copy()
                .timeout(remaining)
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body))
                .header("X-ZC-Action", call.action)
                .header("X-ZC-Timestamp", Long.toString(timestamp))
                .header("Authorization", authorization);
        if (!interceptors.isEmpty()) {
            applyInterceptors(call, attempt, timestamp, credentials.isBearerToken(), builder);
        }
        // this call's own headers (RequestOverrides refuses the names written above)
        call.extraHeaders.forEach(builder::header);
        return builder.build();
    }

    private Credentials resolveCredentials(PreparedCall<?> call) {
        Credentials credentials;
        try {
            credentials = call.credentialsProvider.resolveCredentials();
        } catch (ZenlayerClientException e) {
            throw e;
        } catch (RuntimeException e) {
            // The provider's own message is not ours to trust with secrets: keep only its type.
            throw new ZenlayerClientException(config.service() + " " + call.action
                    + ": the credentials provider failed (" + e.getClass().getName() + ")");
        }
        if (credentials == null) {
            throw new ZenlayerClientException(config.service() + " " + call.action
                    + ": the credentials provider returned no credentials");
        }
        return credentials;
    }

    private void applyInterceptors(PreparedCall<?> call, int attempt, long timestamp, boolean bearer,
            HttpRequest.Builder builder) {
        Map<String, String> visible = new LinkedHashMap<>();
        visible.put("Content-Type", CONTENT_TYPE);
        visible.put("User-Agent", userAgent);
        visible.put("X-ZC-Service", config.service());
        visible.put("X-ZC-Version", config.apiVersion());
        visible.put("X-ZC-Action", call.action);
        visible.put("X-ZC-Timestamp", Long.toString(timestamp));
        visible.put("X-ZC-SDK-Lang", SDK_LANG);
        visible.put("X-ZC-SDK-Version", SDK_VERSION);
        if (!bearer) {
            visible.put("X-ZC-Signature-Method", Zc2Signer.ALGORITHM);
            visible.put("X-ZC-Signature-Version", SIGNATURE_VERSION);
        }
        RequestContext context = new RequestContext(config.service(), call.action, attempt, uri, visible);
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                interceptor.beforeSend(context);
            } catch (RuntimeException e) {
                throw new ZenlayerClientException(config.service() + " " + call.action + ": interceptor "
                        + interceptor.getClass().getName() + " failed in beforeSend: " + e, e);
            }
        }
        context.extraHeaders().forEach(builder::header);
    }

    private static String runtimeVersion() {
        try (InputStream in = AttemptRequests.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
