package com.example.bmc;

import com.example.bmc.model.CreateInstancesRequest;
import com.example.bmc.model.CreateInstancesResponse;
import com.example.bmc.model.DescribeImagesRequest;
import com.example.bmc.model.DescribeImagesResponse;
import com.example.bmc.model.DescribeInstancesRequest;
import com.example.bmc.model.DescribeInstancesResponse;
import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.ZenlayerHttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link BmcAsyncClient} that calls the service through the runtime.
 */
@Generated("io.github.docsdk")
final class DefaultBmcAsyncClient implements BmcAsyncClient {
    private final ZenlayerHttpClient http;

    DefaultBmcAsyncClient(ClientConfig config) {
        this.http = new ZenlayerHttpClient(config);
    }

    @Override
    public CompletableFuture<CreateInstancesResponse> createInstances(
            CreateInstancesRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            BmcRequestChecks.createInstances(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.callAsync("CreateInstances", false, request, request.overrideConfiguration(), CreateInstancesResponse::fromJson);
    }

    @Override
    public CompletableFuture<DescribeImagesResponse> describeImages(DescribeImagesRequest request) {
        Objects.requireNonNull(request, "request");
        return http.callAsync("DescribeImages", true, request, request.overrideConfiguration(), DescribeImagesResponse::fromJson);
    }

    @Override
    public CompletableFuture<DescribeInstancesResponse> describeInstances(
            DescribeInstancesRequest request) {
        Objects.requireNonNull(request, "request");
        return http.callAsync("DescribeInstances", true, request, request.overrideConfiguration(), DescribeInstancesResponse::fromJson);
    }

    @Override
    public CompletableFuture<String> invoke(String action, String jsonBody) {
        return http.invokeAsync(action, jsonBody);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "BmcAsyncClient[" + http.serviceUri() + "]";
    }
}
