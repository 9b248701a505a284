package io.github.docsdk.runtime;

/**
 * Reads an access key pair from the Java system properties {@value #ACCESS_KEY_ID} and
 * {@value #ACCESS_KEY_PASSWORD}; handy for {@code -D} flags in tools and tests.
 */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
    /** System property holding the access key id. */
    public static final String ACCESS_KEY_ID = "zenlayer.accessKeyId";
    /** System property holding the access key password. */
    public static final String ACCESS_KEY_PASSWORD = "zenlayer.accessKeyPassword";

    private SystemPropertyCredentialsProvider() {
    }

    /** @return a provider reading the current system properties at each call */
    public static SystemPropertyCredentialsProvider create() {
        return new SystemPropertyCredentialsProvider();
    }

    @Override
    public Credentials resolveCredentials() {
        String id = System.getProperty(ACCESS_KEY_ID);
        String password = System.getProperty(ACCESS_KEY_PASSWORD);
        if (id == null || id.isBlank() || password == null || password.isBlank()) {
            throw new ZenlayerClientException("No credentials in system properties: set " + ACCESS_KEY_ID
                    + " and " + ACCESS_KEY_PASSWORD);
        }
        return Credentials.of(id, password);
    }

    @Override
    public String toString() {
        return "SystemPropertyCredentialsProvider";
    }
}
