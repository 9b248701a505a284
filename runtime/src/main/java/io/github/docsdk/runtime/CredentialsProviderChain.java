package io.github.docsdk.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Tries providers in order and returns the first credentials found.
 *
 * <p>The {@link #defaultChain() default chain} is: environment variables ({@code ZENLAYER_ACCESS_KEY_ID} and
 * {@code ZENLAYER_ACCESS_KEY_PASSWORD}, or {@code ZENLAYER_TOKEN}), then system properties, then the
 * credentials file {@code ~/.zenlayer/credentials} with the profile {@code $ZENLAYER_PROFILE} or
 * {@code default} (see {@link ProfileCredentialsProvider}). Credentials set on a client builder come first
 * and replace the chain.
 * When every provider fails, the exception lists why each one failed (never any secret).
 */
public final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;

    private CredentialsProviderChain(List<CredentialsProvider> providers) {
        this.providers = providers;
    }

    /**
     * @param providers the providers, tried in the given order
     * @return the chain
     * @throws IllegalArgumentException if no provider is given
     */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        if (providers.length == 0) {
            throw new IllegalArgumentException("a credentials chain needs at least one provider");
        }
        List<CredentialsProvider> list = new ArrayList<>(providers.length);
        for (CredentialsProvider p : providers) {
            list.add(Objects.requireNonNull(p, "provider"));
        }
        return new CredentialsProviderChain(Collections.unmodifiableList(list));
    }

    /** @return environment variables, then system properties, then the default profile file */
    public static CredentialsProviderChain defaultChain() {
        return of(EnvironmentCredentialsProvider.create(), SystemPropertyCredentialsProvider.create(),
                ProfileCredentialsProvider.create());
    }

    /** @return the providers in the order they are tried */
    public List<CredentialsProvider> providers() {
        return providers;
    }

    @Override
    public Credentials resolveCredentials() {
        List<String> reasons = new ArrayList<>(providers.size());
        for (CredentialsProvider provider : providers) {
            try {
                Credentials found = provider.resolveCredentials();
                if (found != null) {
                    return found;
                }
                reasons.add(provider + ": no credentials");
            } catch (ZenlayerClientException | IllegalArgumentException e) {
                reasons.add(provider + ": " + e.getMessage());
            }
        }
        throw new ZenlayerClientException("Unable to load credentials from any provider in the chain "
                + String.join("; ", reasons));
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + Arrays.toString(providers.toArray());
    }
}
