package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.json.ServerText;

/**
 * The service rejected a call with the documented error envelope
 * {@code {"requestId", "code", "message"}}.
 *
 * <p>{@link #getMessage()} is the service's own message; {@link #code()} is the stable error code
 * (for example {@code INVALID_ZONE_NOT_FOUND}) that callers should branch on.
 *
 * <p>All three strings come from the server, so they are cleaned on the way in: control characters are
 * escaped (no forged log lines) and the message is cut to {@value ServerText#MAX_MESSAGE_CHARS} characters,
 * code and request id to {@value ServerText#MAX_TOKEN_CHARS}, each saying when it was cut.
 */
public class ZenlayerServiceException extends ZenlayerException {
    private static final long serialVersionUID = 1L;

    /** Serialised with the exception. */
    private final int httpStatus;
    /** Serialised with the exception. */
    private final String code;
    /** Serialised with the exception. */
    private final String requestId;

    /**
     * @param httpStatus HTTP status of the response
     * @param code the envelope's error code
     * @param requestId the envelope's request id, or {@code null} when absent
     * @param message the envelope's message, or {@code null} when absent
     */
    public ZenlayerServiceException(int httpStatus, String code, String requestId, String message) {
        this(httpStatus, code, requestId, ServerText.clean(message, ServerText.MAX_MESSAGE_CHARS), true);
    }

    /** For subclasses that extend an already cleaned message (cleaning again could cut off their part). */
    ZenlayerServiceException(int httpStatus, String code, String requestId, String cleanMessage,
            boolean messageIsClean) {
        super(cleanMessage, null);
        this.httpStatus = httpStatus;
        this.code = ServerText.clean(code, ServerText.MAX_TOKEN_CHARS);
        this.requestId = ServerText.clean(requestId, ServerText.MAX_TOKEN_CHARS);
    }

    /** @return the HTTP status code of the error response */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the service's error code, e.g. {@code INVALID_PARAMETER_VALUE} */
    public String code() {
        return code;
    }

    /** @return the request id to quote to Zenlayer support, or {@code null} when the body had none */
    public String requestId() {
        return requestId;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + code + " (HTTP " + httpStatus + ", requestId " + requestId + "): "
                + getMessage();
    }
}
