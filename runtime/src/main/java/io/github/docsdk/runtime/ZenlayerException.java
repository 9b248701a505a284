package io.github.docsdk.runtime;

/**
 * Base of every exception the docsdk runtime throws, so callers can catch one type.
 *
 * <p>{@link ZenlayerServiceException} means the service answered with an error envelope;
 * {@link ZenlayerClientException} means no usable answer arrived (transport failure, timeout,
 * unreadable body). Messages never contain credentials.
 */
public abstract class ZenlayerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure, or {@code null}
     */
    protected ZenlayerException(String message, Throwable cause) {
        super(message, cause);
    }
}
