package io.github.docsdk.runtime.internal.json;

/**
 * What one pass over a response body found: the documented success envelope
 * {@code {"requestId", "response"}} or error envelope {@code {"requestId", "code", "message"}}.
 *
 * @param <T> the bound type of the {@code response} member
 */
public final class Envelope<T> {
    private final String requestId;
    private final String code;
    private final String message;
    private final T response;
    private final boolean hasResponse;

    Envelope(String requestId, String code, String message, T response, boolean hasResponse) {
        this.requestId = requestId;
        this.code = code;
        this.message = message;
        this.response = response;
        this.hasResponse = hasResponse;
    }

    /** @return the top-level {@code requestId}, or {@code null} */
    public String requestId() {
        return requestId;
    }

    /** @return the error {@code code}, or {@code null} for a success envelope */
    public String code() {
        return code;
    }

    /** @return the error {@code message}, or {@code null} */
    public String message() {
        return message;
    }

    /** @return the bound {@code response} member, or {@code null} when absent */
    public T response() {
        return response;
    }

    /** @return whether a non-null {@code response} member was present */
    public boolean hasResponse() {
        return hasResponse;
    }

    /** @return whether this is an error envelope (a {@code code} member was present) */
    public boolean isError() {
        return code != null;
    }
}
