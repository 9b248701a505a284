package io.github.docsdk.runtime.internal.http;

import java.io.IOException;

/** A response body exceeded the configured cap; reading stopped there. */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param limit the cap in bytes
     * @param what what exceeded it (declared length, received bytes, decompressed size)
     */
    public ResponseTooLargeException(long limit, String what) {
        super("response body larger than the limit of " + limit + " bytes (" + what + ")");
    }
}
