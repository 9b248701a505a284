package com.example.consumer;

import com.example.bmc.BmcClient;
import com.example.bmc.model.DescribeImagesRequest;
import io.github.docsdk.runtime.Credentials;
import java.net.URI;

/** User code calling the generated client, so the build compiles against it. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    try (BmcClient client = BmcClient.builder()
        .credentials(Credentials.of(args[0], args[1]))
        .endpoint(URI.create(args[2]))
        .build()) {
      System.out.println(client.describeImages(DescribeImagesRequest.builder().build()).images());
    }
  }
}
