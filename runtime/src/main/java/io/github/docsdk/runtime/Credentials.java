package io.github.docsdk.runtime;

import java.util.Objects;

/**
 * Immutable credentials for Zenlayer Cloud API: either an access key pair (requests are signed with
 * ZC2-HMAC-SHA256) or a bearer token (sent as {@code Authorization: Bearer ...}, no signing).
 *
 * <p>A {@code Credentials} is its own {@link CredentialsProvider}, so it can be passed wherever a
 * provider is expected. {@link #toString()} never reveals the password or the token.
 */
public final class Credentials implements CredentialsProvider {
    private final String accessKeyId;
    private final String accessKeyPassword;
    private final String bearerToken;

    private Credentials(String accessKeyId, String accessKeyPassword, String bearerToken) {
        this.accessKeyId = accessKeyId;
        this.accessKeyPassword = accessKeyPassword;
        this.bearerToken = bearerToken;
    }

    /**
     * Access key credentials; requests are signed with ZC2-HMAC-SHA256.
     *
     * @param accessKeyId the access key id (identifies the caller)
     * @param accessKeyPassword the access key password (the signing secret)
     * @return the credentials
     * @throws IllegalArgumentException if either value is null or blank
     */
    public static Credentials of(String accessKeyId, String accessKeyPassword) {
        return new Credentials(requireText(accessKeyId, "accessKeyId"),
                requireText(accessKeyPassword, "accessKeyPassword"), null);
    }

    /**
     * Bearer-token credentials; requests carry {@code Authorization: Bearer <token>} and are not signed.
     *
     * @param token the API token
     * @return the credentials
     * @throws IllegalArgumentException if the token is null or blank
     */
    public static Credentials bearerToken(String token) {
        return new Credentials(null, null, requireText(token, "token"));
    }

    private static String requireText(String value, String name) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
        return value;
    }

    /** @return {@code true} for bearer-token credentials, {@code false} for an access key pair */
    public boolean isBearerToken() {
        return bearerToken != null;
    }

    /** @return the access key id, or {@code null} for bearer-token credentials */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the access key password (secret), or {@code null} for bearer-token credentials */
    public String accessKeyPassword() {
        return accessKeyPassword;
    }

    /** @return the bearer token (secret), or {@code null} for access key credentials */
    public String token() {
        return bearerToken;
    }

    /** @return {@code this}: explicit credentials provide themselves */
    @Override
    public Credentials resolveCredentials() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials other = (Credentials) o;
        return Objects.equals(accessKeyId, other.accessKeyId)
                && Objects.equals(accessKeyPassword, other.accessKeyPassword)
                && Objects.equals(bearerToken, other.bearerToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeyPassword, bearerToken);
    }

    /** Shows only a prefix of the access key id; secrets are replaced by {@code ****}. */
    @Override
    public String toString() {
        if (isBearerToken()) {
            return "Credentials[bearerToken=****]";
        }
        return "Credentials[accessKeyId=" + maskId(accessKeyId) + ", accessKeyPassword=****]";
    }

    /** Keeps enough of the id to tell keys apart in a log without publishing it whole. */
    static String maskId(String id) {
        int keep = Math.min(4, id.length() / 4);
        return id.substring(0, keep) + "****";
    }
}
