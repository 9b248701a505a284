package com.example.bmc;

import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.WaiterOverrides;
import io.github.docsdk.runtime.WaiterResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Waits for <code>bmc</code> resources to reach a state by polling their read-only actions, without
 * blocking a thread (polls are async calls, delays are timers; cancelling a returned future stops the wait).
 *
 * <p>A wait succeeds when every item the reply lists has a success status, fails with {@code WaiterFailureException}
 * at the first failure status, and ends with {@code WaiterTimeoutException} at its maximum wait, after a last
 * poll at the deadline. Polls are ordinary calls with the client's retries: an error that outlives them ends
 * the wait with that error. Between polls the waiter sleeps about one poll interval, randomly spread.
 *
 * <p>Get one from {@link BmcAsyncClient#waiter()}.
 */
@Generated("io.github.docsdk")
public final class BmcAsyncWaiter {
    private final BmcAsyncClient client;

    private BmcAsyncWaiter(BmcAsyncClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Waiters polling through {@code client}.
     *
     * @param client the client the polls are sent with
     * @return the waiters
     */
    public static BmcAsyncWaiter create(BmcAsyncClient client) {
        return new BmcAsyncWaiter(client);
    }

    /**
     * Waits for the <code>InstanceImageCentos</code> state.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until <code>dataSet[].image.catalog</code> is <code>centos</code> for every listed <code>InstanceInfo</code>;
     * <code>windows</code> fails the wait.
     * A reply listing no item (not visible yet) keeps the wait going.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return a future of the last reply and the number of polls, failed with {@code WaiterFailureException},
     * {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceImageCentos(
            DescribeInstancesRequest request) {
        return waitUntilInstanceImageCentos(request, overrides -> { });
    }

    /**
     * Waits for the <code>InstanceImageCentos</code> state.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until <code>dataSet[].image.catalog</code> is <code>centos</code> for every listed <code>InstanceInfo</code>;
     * <code>windows</code> fails the wait.
     * A reply listing no item (not visible yet) keeps the wait going.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return a future of the last reply and the number of polls, failed with {@code WaiterFailureException},
     * {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceImageCentos(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        WaiterOverrides settings;
        try {
            settings = WaiterOverrides.of(overrides);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return BmcWaiter.INSTANCE_IMAGE_CENTOS.awaitAsync(settings, () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceImageCentos(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceImageCentos(DescribeInstancesRequest)} returns
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceImageCentos(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceImageCentos(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Waits for the <code>InstanceReleased</code> state.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until it lists no item (<code>dataSet</code> is empty).
     * A reply listing no item (the resources are gone) ends the wait with success.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return a future of the last reply and the number of polls, failed with {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceReleased(
            DescribeInstancesRequest request) {
        return waitUntilInstanceReleased(request, overrides -> { });
    }

    /**
     * Waits for the <code>InstanceReleased</code> state.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until it lists no item (<code>dataSet</code> is empty).
     * A reply listing no item (the resources are gone) ends the wait with success.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return a future of the last reply and the number of polls, failed with {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceReleased(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        WaiterOverrides settings;
        try {
            settings = WaiterOverrides.of(overrides);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return BmcWaiter.INSTANCE_RELEASED.awaitAsync(settings, () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceReleased(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceReleased(DescribeInstancesRequest)} returns
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceReleased(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceReleased(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Waits until the instances are RUNNING.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until <code>dataSet[].status</code> is <code>RUNNING</code> for every listed <code>InstanceInfo</code>.
     * A reply listing no item (the resources cannot be found) fails the wait.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return a future of the last reply and the number of polls, failed with {@code WaiterFailureException},
     * {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceRunning(
            DescribeInstancesRequest request) {
        return waitUntilInstanceRunning(request, overrides -> { });
    }

    /**
     * Waits until the instances are RUNNING.
     *
     * <p>Polls {@link BmcAsyncClient#describeInstances} until <code>dataSet[].status</code> is <code>RUNNING</code> for every listed <code>InstanceInfo</code>.
     * A reply listing no item (the resources cannot be found) fails the wait.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return a future of the last reply and the number of polls, failed with {@code WaiterFailureException},
     * {@code WaiterTimeoutException} or the error of a poll
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceRunning(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        WaiterOverrides settings;
        try {
            settings = WaiterOverrides.of(overrides);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return BmcWaiter.INSTANCE_RUNNING.awaitAsync(settings, () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceRunning(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceRunning(DescribeInstancesRequest)} returns
     */
    public CompletableFuture<WaiterResponse<DescribeInstancesResponse>> waitUntilInstanceRunning(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceRunning(DescribeInstancesRequest.builder().applyMutation(request).build());
    }
}
