package com.example.bmc;

import com.example.bmc.model.CreateInstancesRequest;
import com.example.bmc.model.CreateInstancesResponse;
import com.example.bmc.model.DescribeImagesRequest;
import com.example.bmc.model.DescribeImagesResponse;
import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import com.example.bmc.model.InstanceInfo;
import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.CredentialsProvider;
import io.github.docsdk.runtime.ExecutionInterceptor;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.Paginator;
import io.github.docsdk.runtime.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Synchronous client of the <code>bmc</code> service (API version <code>2022-11-20</code>). Build one with {@link #builder()}, share it between threads,
 * and close it when done.
 *
 * <p>For example:
 * <pre>{@code
 * try (BmcClient client = BmcClient.builder()
 *         .credentials(Credentials.of(accessKeyId, accessKeyPassword))
 *         .build()) {
 *     var response = client.describeImages(DescribeImagesRequest.builder().build());
 * }
 * }</pre>
 *
 * <p>Every action checks its required members before sending and throws {@link IllegalArgumentException}
 * naming every missing one by its JSON name.
 *
 * <p>An interface, so tests can stub it: every action is a {@code default} method throwing
 * {@link UnsupportedOperationException}, so an action added to the docs breaks no implementation.
 */
@Generated("io.github.docsdk")
public interface BmcClient extends AutoCloseable {
    /**
     * Starts configuring a client.
     *
     * @return a new builder with the service's defaults
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * 创建实例。
     *
     * <p>创建前请先询价。
     *
     * <p>Required members: <code>zoneId</code>, <code>instanceTypeId</code>, <code>imageType</code>, <code>sshKeys</code>.
     *
     * <p>Documented error codes (see also the service's common codes in {@link BmcErrorCodes}):
     * <ul>
     *   <li>{@link BmcErrorCodes#INVALID_ZONE}: HTTP 400: 可用区不存在。</li>
     *   <li>{@link BmcErrorCodes#OPERATION_DENIED_INSUFFICIENT_BALANCE}: HTTP 403: 余额不足。</li>
     * </ul>
     *
     * @param request the request
     * @return the response
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when the service answers with an error code
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the call fails otherwise (transport, timeout, unreadable body)
     * @throws IllegalArgumentException when required members are missing (all are named)
     */
    default CreateInstancesResponse createInstances(CreateInstancesRequest request) {
        throw new UnsupportedOperationException();
    }

    /**
     * Calls {@link #createInstances(CreateInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #createInstances(CreateInstancesRequest)} returns
     */
    default CreateInstancesResponse createInstances(
            Consumer<CreateInstancesRequest.Builder> request) {
        return createInstances(CreateInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * 调用本接口用于查看镜像列表。
     *
     * <p>Documented error codes (see also the service's common codes in {@link BmcErrorCodes}):
     * <ul>
     *   <li>{@link BmcErrorCodes#INVALID_INSTANCE_TYPE_NOT_FOUND}: HTTP 404: 指定的机型不存在。</li>
     * </ul>
     *
     * @param request the request
     * @return the response
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when the service answers with an error code
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the call fails otherwise (transport, timeout, unreadable body)
     */
    default DescribeImagesResponse describeImages(DescribeImagesRequest request) {
        throw new UnsupportedOperationException();
    }

    /**
     * Calls {@link #describeImages(DescribeImagesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #describeImages(DescribeImagesRequest)} returns
     */
    default DescribeImagesResponse describeImages(Consumer<DescribeImagesRequest.Builder> request) {
        return describeImages(DescribeImagesRequest.builder().applyMutation(request).build());
    }

    /**
     * 查询实例列表。
     *
     * @param request the request
     * @return the response
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when the service answers with an error code
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the call fails otherwise (transport, timeout, unreadable body)
     */
    default DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        throw new UnsupportedOperationException();
    }

    /**
     * Calls {@link #describeInstances(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #describeInstances(DescribeInstancesRequest)} returns
     */
    default DescribeInstancesResponse describeInstances(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return describeInstances(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Pages through <code>DescribeInstances</code> from the request's {@code pageNum} (1 when unset), calling
     * {@link #describeInstances} once per page as the iteration reaches it.
     *
     * @param request the first page's request; {@code pageSize} and filters apply to every page
     * @return the pages, and their items through {@code items()}
     */
    default Paginator<DescribeInstancesResponse, InstanceInfo> describeInstancesPaginator(
            DescribeInstancesRequest request) {
        Objects.requireNonNull(request, "request");
        return new Paginator<>(request.pageNum() == null ? 1L : request.pageNum(),
                page -> describeInstances(request.toBuilder().pageNum(page).build()),
                DescribeInstancesResponse::dataSet, DescribeInstancesResponse::totalCount);
    }

    /**
     * Calls {@link #describeInstancesPaginator(DescribeInstancesRequest)} with a first request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #describeInstancesPaginator(DescribeInstancesRequest)} returns
     */
    default Paginator<DescribeInstancesResponse, InstanceInfo> describeInstancesPaginator(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return describeInstancesPaginator(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Waits for resources to reach a state, by polling read-only actions through this client (so
     * stubs work too).
     *
     * @return the waiters, one method per waiter the service declares
     */
    default BmcWaiter waiter() {
        return BmcWaiter.create(this);
    }

    /**
     * Calls an action by name with a JSON body, for actions and members the docs miss: signed, retried and
     * limited like every other call, errors mapped the same way.
     *
     * @param action the action's wire name, e.g. {@code DescribeInstanceTraffic}
     * @param jsonBody the request as a JSON object (sent compact); null or blank sends {@code {}}
     * @return the reply's {@code response} member as compact JSON text ({@code null} when the reply has none)
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when the service answers with an error code
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the call fails otherwise
     * @throws IllegalArgumentException for a malformed action name or a body that is not a JSON object
     */
    default String invoke(String action, String jsonBody) {
        throw new UnsupportedOperationException();
    }

    /**
     * Releases the client's connections; calls after closing fail.
     */
    @Override
    void close();

    /**
     * Configures a {@link BmcClient}; not thread-safe.
     */
    final class Builder {
        private final ClientConfig.Builder config = ClientConfig.builder().service("bmc").apiVersion("2022-11-20");

        private Builder() {
        }

        /**
         * Sets or adds a client setting.
         *
         * @param credentials fixed credentials, e.g. {@code Credentials.of(accessKeyId, accessKeyPassword)}
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            config.credentials(credentials);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param credentialsProvider where to get credentials for each call (e.g. from the environment)
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            config.credentialsProvider(credentialsProvider);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param endpoint the API base, e.g. {@code https://console.zenlayer.com}; requests go to {@code <endpoint>/api/v2/<service>}
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            config.endpoint(endpoint);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param callTimeout the limit for one whole call, retries included
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            config.callTimeout(callTimeout);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param connectTimeout the limit for opening a connection
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            config.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param maxAttempts attempts per call, 1 meaning no retries
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            config.maxAttempts(maxAttempts);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param retryPolicy attempts and backoff together, e.g. {@code RetryPolicy.of(5, Duration.ofMillis(200), Duration.ofSeconds(10))} or {@code RetryPolicy.none()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            config.retryPolicy(retryPolicy);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param maxConcurrency exchanges (and so connections) in flight at most; more calls wait
         * @return this builder
         */
        public Builder maxConcurrency(int maxConcurrency) {
            config.maxConcurrency(maxConcurrency);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param proxy an HTTP proxy, {@code http://host:port}, for every call (https tunnels through it); when not set,
         *     {@code HTTPS_PROXY} and {@code NO_PROXY} from the environment apply
         * @return this builder
         */
        public Builder proxy(URI proxy) {
            config.proxy(proxy);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param interceptor a hook called before each request is sent and after each response (metrics, tracing)
         * @return this builder
         */
        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            config.addInterceptor(interceptor);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param userAgent appended to the User-Agent header's value
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            config.userAgent(userAgent);
            return this;
        }

        /**
         * Sets or adds a client setting.
         *
         * @param userAgentSuffix appended to the User-Agent header's value
         * @return this builder
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            config.userAgentSuffix(userAgentSuffix);
            return this;
        }

        /**
         * Sets the backoff between attempts: full jitter, doubling from {@code base} up to {@code max}.
         *
         * @param base the step before the first retry
         * @param max the largest computed wait
         * @return this builder
         */
        public Builder retryBackoff(Duration base, Duration max) {
            config.retryBackoff(base, max);
            return this;
        }

        /**
         * Creates the client.
         *
         * @return a new client; close it when done
         */
        public BmcClient build() {
            return new DefaultBmcClient(config.build());
        }
    }
}
