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

/**
 * The {@link BmcClient} that calls the service through the runtime.
 */
@Generated("io.github.docsdk")
final class DefaultBmcClient implements BmcClient {
    private final ZenlayerHttpClient http;

    DefaultBmcClient(ClientConfig config) {
        this.http = new ZenlayerHttpClient(config);
    }

    @Override
    public CreateInstancesResponse createInstances(CreateInstancesRequest request) {
        Objects.requireNonNull(request, "request");
        BmcRequestChecks.createInstances(request);
        return http.call("CreateInstances", false, request, request.overrideConfiguration(), CreateInstancesResponse::fromJson);
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest request) {
        Objects.requireNonNull(request, "request");
        return http.call("DescribeImages", true, request, request.overrideConfiguration(), DescribeImagesResponse::fromJson);
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        Objects.requireNonNull(request, "request");
        return http.call("DescribeInstances", true, request, request.overrideConfiguration(), DescribeInstancesResponse::fromJson);
    }

    @Override
    public String invoke(String action, String jsonBody) {
        return http.invoke(action, jsonBody);
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "BmcClient[" + http.serviceUri() + "]";
    }
}
