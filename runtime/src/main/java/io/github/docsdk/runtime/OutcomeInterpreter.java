package io.github.docsdk.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.docsdk.runtime.internal.http.Backoff;
import io.github.docsdk.runtime.internal.http.CappedBodyHandler;
import io.github.docsdk.runtime.internal.http.ContentDecoding;
import io.github.docsdk.runtime.internal.http.ResponseTooLargeException;
import io.github.docsdk.runtime.internal.json.BodyPreview;
import io.github.docsdk.runtime.internal.json.Envelope;
import io.github.docsdk.runtime.internal.json.EnvelopeParser;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.runtime.internal.json.ServerText;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Turns what came back from one attempt (a response, or a transport failure) into an {@link Outcome}:
 * envelope unwrapping, error mapping, and whether the failure may be retried.
 */
final class OutcomeInterpreter {
    private final String service;
    private final long maxResponseBytes;

    OutcomeInterpreter(String service, long maxResponseBytes) {
        this.service = service;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Reads the body as it arrives, straight into the response type's reader; only its first bytes are
     * kept, for the message when it is not the expected envelope.
     *
     * @param received the body as it arrives (closed here)
     * @param deadlineHit whether the runtime aborted the body because the call timed out
     */
    <T> Outcome<T> fromResponse(PreparedCall<T> call, int status, HttpHeaders headers, InputStream received,
            BooleanSupplier deadlineHit) {
        try (InputStream raw = received) {
            return read(call, status, headers, raw);
        } catch (CappedBodyHandler.BodyReadException e) {
            return fromThrowable(call, e.getCause(), call.timeoutMillis, deadlineHit.getAsBoolean());
        } catch (IOException e) {
            // closing a body read to its end does not fail; anything else was handled in read
            return fromThrowable(call, e, call.timeoutMillis, deadlineHit.getAsBoolean());
        }
    }

    private <T> Outcome<T> read(PreparedCall<T> call, int status, HttpHeaders headers, InputStream raw)
            throws CappedBodyHandler.BodyReadException {
        // Content-Type and Retry-After only matter to a failure: read them there, not on every success.
        boolean retryableStatus = RetryRules.isRetryableResponse(status, null, call.readOnly);
        BodyPreview.Head body = null;
        Envelope<T> envelope;
        try {
            body = new BodyPreview.Head(ContentDecoding.decode(headers.firstValue("content-encoding").orElse(null),
                    raw, maxResponseBytes));
            if (body.isEmpty()) {
                return Outcome.failure(new ZenlayerClientException(prefix(call) + "HTTP " + status
                        + " with an empty body (Content-Type " + contentType(headers) + ")", status, null),
                        retryableStatus, retryAfter(headers), status, null);
            }
            envelope = EnvelopeParser.parse(JsonCore.parser(body), call.reader);
        } catch (CappedBodyHandler.BodyReadException e) {
            throw e;
        } catch (ContentDecoding.BodyDecodeException e) {
            return Outcome.failure(new ZenlayerClientException(prefix(call) + "HTTP " + status
                    + ": could not decode the body: " + e.getMessage(), status, e), false, null, status, null);
        } catch (IOException e) {
            String problem = hasCause(e, StreamConstraintsException.class)
                    ? ": the body breaks a JSON reading limit (" : ": the body is not the expected JSON envelope (";
            return Outcome.failure(new ZenlayerClientException(prefix(call) + "HTTP " + status
                    + problem + reason(e) + "; Content-Type "
                    + contentType(headers) + "): " + body.preview(), status, e),
                    retryableStatus, retryAfter(headers), status, null);
        }
        if (envelope.isError()) {
            ZenlayerServiceException error = new ZenlayerServiceException(status, envelope.code(),
                    envelope.requestId(), envelope.message());
            return Outcome.failure(error, RetryRules.isRetryableResponse(status, envelope.code(), call.readOnly),
                    retryAfter(headers), status, error.requestId());
        }
        String requestId = ServerText.clean(envelope.requestId(), ServerText.MAX_TOKEN_CHARS);
        if (status >= 200 && status < 300) {
            if (envelope.hasResponse()) {
                return Outcome.success(envelope.response(), status, requestId);
            }
            return Outcome.failure(new ZenlayerClientException(prefix(call) + "HTTP " + status
                    + ": the JSON has no \"response\" member (requestId " + requestId + "): "
                    + body.preview(), status, null), false, null, status, requestId);
        }
        return Outcome.failure(new ZenlayerClientException(prefix(call) + "HTTP " + status
                + " without an error code (requestId " + requestId + "): " + body.preview(),
                status, null), retryableStatus, retryAfter(headers), status, requestId);
    }

    private static String contentType(HttpHeaders headers) {
        return ServerText.clean(headers.firstValue("content-type").orElse("none"), ServerText.MAX_TOKEN_CHARS);
    }

    private static Duration retryAfter(HttpHeaders headers) {
        return Backoff.parseRetryAfter(headers.firstValue("retry-after").orElse(null), Instant.now());
    }

    /**
     * @param failure what the transport completed with
     * @param deadlineHit whether the runtime itself cancelled the exchange because the call timed out
     */
    <T> Outcome<T> fromThrowable(PreparedCall<T> call, Throwable failure, long callTimeoutMillis,
            boolean deadlineHit) {
        Throwable cause = unwrap(failure);
        if (deadlineHit || (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)
                && !hasCause(cause, HttpConnectTimeoutException.class))) {
            return Outcome.fatal(callTimeout(call, callTimeoutMillis, cause));
        }
        if (cause instanceof ZenlayerException) {
            return Outcome.fatal((ZenlayerException) cause);
        }
        if (hasCause(cause, ResponseTooLargeException.class)) {
            return Outcome.fatal(new ZenlayerClientException(prefix(call) + "the response was refused: "
                    + findCause(cause, ResponseTooLargeException.class).getMessage(), cause));
        }
        if (hasCause(cause, HttpConnectTimeoutException.class)) {
            // Nothing was sent: safe to retry even for state-changing actions.
            return Outcome.failure(new ZenlayerTimeoutException(prefix(call)
                    + "timed out connecting to " + endpointOf(cause), cause), true, null, 0, null);
        }
        if (hasCause(cause, ConnectException.class) || hasCause(cause, UnresolvedAddressException.class)
                || hasCause(cause, UnknownHostException.class) || hasCause(cause, NoRouteToHostException.class)) {
            return Outcome.failure(new ZenlayerClientException(prefix(call) + "could not connect ("
                    + describe(cause) + "); the request was not sent", cause), true, null, 0, null);
        }
        if (cause instanceof CancellationException) {
            return Outcome.fatal(new ZenlayerClientException(prefix(call) + "the call was cancelled", cause));
        }
        if (cause instanceof IOException) {
            String note = call.readOnly ? "" : "; not retried because " + call.action
                    + " changes state and the request may have reached the server";
            return Outcome.failure(new ZenlayerClientException(prefix(call) + "I/O error (" + describe(cause)
                    + ")" + note, cause), call.readOnly, null, 0, null);
        }
        return Outcome.fatal(new ZenlayerClientException(prefix(call) + "unexpected failure ("
                + describe(cause) + ")", cause));
    }

    ZenlayerTimeoutException callTimeout(PreparedCall<?> call, long callTimeoutMillis, Throwable cause) {
        return new ZenlayerTimeoutException(prefix(call) + "no complete response within the call timeout of "
                + callTimeoutMillis + " ms", cause);
    }

    String prefix(PreparedCall<?> call) {
        return service + " " + call.action + ": ";
    }

    private static String endpointOf(Throwable cause) {
        return cause.getMessage() == null ? "the endpoint" : "the endpoint (" + cause.getMessage() + ")";
    }

    private static String reason(IOException e) {
        String text = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        int nl = text.indexOf('\n');
        return ServerText.clean(nl < 0 ? text : text.substring(0, nl), ServerText.MAX_MESSAGE_CHARS);
    }

    private static String describe(Throwable t) {
        String message = ServerText.clean(t.getMessage(), ServerText.MAX_MESSAGE_CHARS);
        return message == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return findCause(t, type) != null;
    }

    private static Throwable findCause(Throwable t, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 20; c = c.getCause(), depth++) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }
}
