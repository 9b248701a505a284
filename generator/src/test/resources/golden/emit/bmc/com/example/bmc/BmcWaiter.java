package com.example.bmc;

import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import com.example.bmc.model.ImageInfo;
import com.example.bmc.model.InstanceInfo;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.WaiterDefinition;
import io.github.docsdk.runtime.WaiterOverrides;
import io.github.docsdk.runtime.WaiterResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Waits for <code>bmc</code> resources to reach a state by polling their read-only actions.
 *
 * <p>A wait succeeds when every item the reply lists has a success status, fails with {@code WaiterFailureException}
 * at the first failure status, and ends with {@code WaiterTimeoutException} at its maximum wait, after a last
 * poll at the deadline. Polls are ordinary calls with the client's retries: an error that outlives them ends
 * the wait with that error. Between polls the waiter sleeps about one poll interval, randomly spread.
 *
 * <p>Get one from {@link BmcClient#waiter()}.
 */
@Generated("io.github.docsdk")
public final class BmcWaiter {
    static final WaiterDefinition<DescribeInstancesResponse, InstanceInfo> INSTANCE_IMAGE_CENTOS = WaiterDefinition.<DescribeInstancesResponse, InstanceInfo>builder("InstanceImageCentos")
            .items(DescribeInstancesResponse::dataSet)
            .id(item -> Optional.ofNullable(item).map(InstanceInfo::image).map(ImageInfo::imageId).orElse(null))
            .status(item -> Optional.ofNullable(item).map(InstanceInfo::image).map(ImageInfo::catalogAsString).orElse(null))
            .success("centos")
            .failure("windows")
            .pollInterval(Duration.ofMillis(2000L))
            .maxWait(Duration.ofMillis(600000L))
            .build();

    static final WaiterDefinition<DescribeInstancesResponse, InstanceInfo> INSTANCE_RELEASED = WaiterDefinition.<DescribeInstancesResponse, InstanceInfo>builder("InstanceReleased")
            .items(DescribeInstancesResponse::dataSet)
            .status(InstanceInfo::statusAsString)
            .onEmpty(WaiterDefinition.OnEmpty.SUCCESS)
            .pollInterval(Duration.ofMillis(2000L))
            .maxWait(Duration.ofMillis(600000L))
            .build();

    static final WaiterDefinition<DescribeInstancesResponse, InstanceInfo> INSTANCE_RUNNING = WaiterDefinition.<DescribeInstancesResponse, InstanceInfo>builder("InstanceRunning")
            .items(DescribeInstancesResponse::dataSet)
            .id(InstanceInfo::instanceId)
            .status(InstanceInfo::statusAsString)
            .success("RUNNING")
            .onEmpty(WaiterDefinition.OnEmpty.FAILURE)
            .pollInterval(Duration.ofMillis(2000L))
            .maxWait(Duration.ofMillis(600000L))
            .build();

    private final BmcClient client;

    private BmcWaiter(BmcClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Waiters polling through {@code client}.
     *
     * @param client the client the polls are sent with
     * @return the waiters
     */
    public static BmcWaiter create(BmcClient client) {
        return new BmcWaiter(client);
    }

    /**
     * Waits for the <code>InstanceImageCentos</code> state.
     *
     * <p>Polls {@link BmcClient#describeInstances} until <code>dataSet[].image.catalog</code> is <code>centos</code> for every listed <code>InstanceInfo</code>;
     * <code>windows</code> fails the wait.
     * A reply listing no item (not visible yet) keeps the wait going.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterFailureException when an item reaches a failure status (naming the item, its status and the waiter)
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceImageCentos(
            DescribeInstancesRequest request) {
        return waitUntilInstanceImageCentos(request, overrides -> { });
    }

    /**
     * Waits for the <code>InstanceImageCentos</code> state.
     *
     * <p>Polls {@link BmcClient#describeInstances} until <code>dataSet[].image.catalog</code> is <code>centos</code> for every listed <code>InstanceInfo</code>;
     * <code>windows</code> fails the wait.
     * A reply listing no item (not visible yet) keeps the wait going.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterFailureException when an item reaches a failure status (naming the item, its status and the waiter)
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceImageCentos(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        return INSTANCE_IMAGE_CENTOS.await(WaiterOverrides.of(overrides), () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceImageCentos(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceImageCentos(DescribeInstancesRequest)} returns
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceImageCentos(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceImageCentos(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Waits for the <code>InstanceReleased</code> state.
     *
     * <p>Polls {@link BmcClient#describeInstances} until it lists no item (<code>dataSet</code> is empty).
     * A reply listing no item (the resources are gone) ends the wait with success.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceReleased(
            DescribeInstancesRequest request) {
        return waitUntilInstanceReleased(request, overrides -> { });
    }

    /**
     * Waits for the <code>InstanceReleased</code> state.
     *
     * <p>Polls {@link BmcClient#describeInstances} until it lists no item (<code>dataSet</code> is empty).
     * A reply listing no item (the resources are gone) ends the wait with success.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceReleased(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        return INSTANCE_RELEASED.await(WaiterOverrides.of(overrides), () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceReleased(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceReleased(DescribeInstancesRequest)} returns
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceReleased(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceReleased(DescribeInstancesRequest.builder().applyMutation(request).build());
    }

    /**
     * Waits until the instances are RUNNING.
     *
     * <p>Polls {@link BmcClient#describeInstances} until <code>dataSet[].status</code> is <code>RUNNING</code> for every listed <code>InstanceInfo</code>.
     * A reply listing no item (the resources cannot be found) fails the wait.
     * With the waiter's defaults: it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterFailureException when no item is listed (naming the item, its status and the waiter)
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(
            DescribeInstancesRequest request) {
        return waitUntilInstanceRunning(request, overrides -> { });
    }

    /**
     * Waits until the instances are RUNNING.
     *
     * <p>Polls {@link BmcClient#describeInstances} until <code>dataSet[].status</code> is <code>RUNNING</code> for every listed <code>InstanceInfo</code>.
     * A reply listing no item (the resources cannot be found) fails the wait.
     * By default it polls about every 2 s and waits at most 10 minutes.
     *
     * @param request the <code>DescribeInstances</code> request polled, e.g. naming the resources' ids
     * @param overrides changes to the defaults, e.g. {@code o -> o.maxWait(Duration.ofMinutes(5))}
     * @return the last reply (in which the wait succeeded) and the number of polls
     * @throws io.github.docsdk.runtime.WaiterFailureException when no item is listed (naming the item, its status and the waiter)
     * @throws io.github.docsdk.runtime.WaiterTimeoutException when the maximum wait is reached
     * @throws io.github.docsdk.runtime.ZenlayerServiceException when a poll fails after the client's retries
     * @throws io.github.docsdk.runtime.ZenlayerClientException when a poll cannot be made, or the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(
            DescribeInstancesRequest request, Consumer<WaiterOverrides.Builder> overrides) {
        Objects.requireNonNull(request, "request");
        return INSTANCE_RUNNING.await(WaiterOverrides.of(overrides), () -> client.describeInstances(request));
    }

    /**
     * Calls {@link #waitUntilInstanceRunning(DescribeInstancesRequest)} with a request built by {@code request}.
     *
     * @param request sets the request's members on a new builder
     * @return what {@link #waitUntilInstanceRunning(DescribeInstancesRequest)} returns
     */
    public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(
            Consumer<DescribeInstancesRequest.Builder> request) {
        return waitUntilInstanceRunning(DescribeInstancesRequest.builder().applyMutation(request).build());
    }
}
