package io.github.docsdk.mock;

import java.time.Duration;

/**
 * What one client may cost the mock: the size of a request head and body, how long a request may take
 * to arrive, how long an idle keep-alive connection is kept, and how many connections are open at once.
 */
final class WireLimits {
  final int maxHeadBytes;
  final int maxHeaders;
  final long maxBodyBytes;
  final Duration readTimeout;
  final Duration idleTimeout;
  final int maxConnections;

  WireLimits(int maxHeadBytes, int maxHeaders, long maxBodyBytes, Duration readTimeout, Duration idleTimeout,
      int maxConnections) {
    this.maxHeadBytes = maxHeadBytes;
    this.maxHeaders = maxHeaders;
    this.maxBodyBytes = maxBodyBytes;
    this.readTimeout = readTimeout;
    this.idleTimeout = idleTimeout;
    this.maxConnections = maxConnections;
  }
}
