package io.github.docsdk.runtime;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads an access key pair from the environment variables {@value #ACCESS_KEY_ID} and
 * {@value #ACCESS_KEY_PASSWORD}, or else a bearer token from {@value #TOKEN}, at every call (so a changed
 * environment is picked up).
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** Environment variable holding the access key id. */
    public static final String ACCESS_KEY_ID = "ZENLAYER_ACCESS_KEY_ID";
    /** Environment variable holding the access key password. */
    public static final String ACCESS_KEY_PASSWORD = "ZENLAYER_ACCESS_KEY_PASSWORD";

    /** Environment variable holding a bearer token, used when no access key pair is set. */
    public static final String TOKEN = "ZENLAYER_TOKEN";

    private final UnaryOperator<String> environment;

    private EnvironmentCredentialsProvider(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** @return a provider reading the process environment */
    public static EnvironmentCredentialsProvider create() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * A provider reading from the given lookup instead of the process environment (for tests and
     * for environments held in a map).
     *
     * @param environment maps a variable name to its value, or to {@code null} when unset
     * @return the provider
     */
    public static EnvironmentCredentialsProvider fromLookup(UnaryOperator<String> environment) {
        return new EnvironmentCredentialsProvider(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public Credentials resolveCredentials() {
        String id = environment.apply(ACCESS_KEY_ID);
        String password = environment.apply(ACCESS_KEY_PASSWORD);
        if ((isBlank(id) || isBlank(password)) && !isBlank(environment.apply(TOKEN))) {
            return Credentials.bearerToken(environment.apply(TOKEN).trim());
        }
        if (isBlank(id) || isBlank(password)) {
            // Name the variables, never their values.
            throw new ZenlayerClientException("No credentials in the environment: set " + ACCESS_KEY_ID
                    + (isBlank(id) ? " (unset)" : " (set)") + " and " + ACCESS_KEY_PASSWORD
                    + (isBlank(password) ? " (unset)" : " (set)") + ", or " + TOKEN + " (unset)");
        }
        return Credentials.of(id, password);
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
