package io.github.docsdk.runtime;

/**
 * Supplies credentials for each call, so keys can be rotated without rebuilding the client.
 *
 * <p>Implementations must be thread-safe; they are called once per request attempt.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * @return the credentials to use now
     * @throws ZenlayerClientException if no credentials are available (message free of secrets)
     */
    Credentials resolveCredentials();
}
