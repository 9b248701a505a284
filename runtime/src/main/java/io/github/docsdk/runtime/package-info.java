/**
 * The docsdk runtime: what every generated Zenlayer Cloud API client calls.
 *
 * <p>{@link io.github.docsdk.runtime.ZenlayerHttpClient} sends one action at a time (signed with
 * ZC2-HMAC-SHA256, retried when safe, bound from the response envelope), configured by an immutable
 * {@link io.github.docsdk.runtime.ClientConfig}. Credentials come from
 * {@link io.github.docsdk.runtime.Credentials} or a {@link io.github.docsdk.runtime.CredentialsProvider}
 * such as the {@link io.github.docsdk.runtime.CredentialsProviderChain#defaultChain() default chain}.
 * Errors are {@link io.github.docsdk.runtime.ZenlayerServiceException} (the service said no) or
 * {@link io.github.docsdk.runtime.ZenlayerClientException} (no usable answer).
 * JSON goes through {@link io.github.docsdk.runtime.json.JsonCore} (jackson-core streaming only); generated
 * models read and write themselves with its helpers.
 */
package io.github.docsdk.runtime;
