package io.github.docsdk.bench.client;

import io.github.docsdk.runtime.auth.Zc2Signer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** ZC2-HMAC-SHA256 alone: the per-call signing work of the runtime (the body hash is per call too). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SigningBenchmark {

  private final byte[] body = "{\"catalog\":\"centos\",\"osType\":\"linux\"}"
      .getBytes(StandardCharsets.UTF_8);
  private final String payloadHash = Zc2Signer.payloadHash(body);
  private final long timestamp = 1_700_000_000L;
  private final Zc2Signer.ForHost forHost =
      Zc2Signer.forHost("application/json; charset=utf-8", "127.0.0.1:8080");

  /** Canonical request, string to sign, HMAC and the Authorization value, from a known body hash. */
  @Benchmark
  public String sign() {
    return Zc2Signer.sign(ClientFixture.ACCESS_KEY_ID, ClientFixture.ACCESS_KEY_PASSWORD,
        "application/json; charset=utf-8", "127.0.0.1:8080", payloadHash, timestamp);
  }

  /** The same including the SHA-256 of the request body, as a call does it. */
  @Benchmark
  public String hashAndSign() {
    return Zc2Signer.sign(ClientFixture.ACCESS_KEY_ID, ClientFixture.ACCESS_KEY_PASSWORD,
        "application/json; charset=utf-8", "127.0.0.1:8080", Zc2Signer.payloadHash(body),
        timestamp);
  }

  /** What a client does per call: the per-host signer, which keeps the canonical request's constant part. */
  @Benchmark
  public String forHostSign() {
    return forHost.sign(ClientFixture.ACCESS_KEY_ID, ClientFixture.ACCESS_KEY_PASSWORD, payloadHash, timestamp);
  }

  /** The same including the SHA-256 of the request body. */
  @Benchmark
  public String forHostHashAndSign() {
    return forHost.sign(ClientFixture.ACCESS_KEY_ID, ClientFixture.ACCESS_KEY_PASSWORD,
        Zc2Signer.payloadHash(body), timestamp);
  }
}
