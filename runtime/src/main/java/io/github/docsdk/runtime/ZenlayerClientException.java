package io.github.docsdk.runtime;

/**
 * No usable answer came back: the request could not be sent, timed out, was interrupted, or the
 * response body was not the expected JSON envelope.
 *
 * <p>When a response did arrive, {@link #httpStatus()} is its status and the message quotes the first
 * bytes of the body, so a proxy's HTML error page is recognisable in the log.
 */
public class ZenlayerClientException extends ZenlayerException {
    private static final long serialVersionUID = 1L;

    /** Serialised with the exception. */
    private final int httpStatus;

    /**
     * @param message what went wrong, free of secrets
     */
    public ZenlayerClientException(String message) {
        this(message, 0, null);
    }

    /**
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure, or {@code null}
     */
    public ZenlayerClientException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    /**
     * @param message what went wrong, free of secrets
     * @param httpStatus status of the response that could not be used, or 0 when none arrived
     * @param cause the underlying failure, or {@code null}
     */
    public ZenlayerClientException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** @return the HTTP status of the unusable response, or 0 when no response arrived */
    public int httpStatus() {
        return httpStatus;
    }
}
