package io.github.docsdk.runtime;

/**
 * The call did not complete within the configured connect or call timeout.
 *
 * <p>A separate type so callers can tell "slow" from "broken" without parsing messages.
 */
public final class ZenlayerTimeoutException extends ZenlayerClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which timeout elapsed, for which action
     * @param cause the underlying timeout, or {@code null}
     */
    public ZenlayerTimeoutException(String message, Throwable cause) {
        super(message, 0, cause);
    }
}
