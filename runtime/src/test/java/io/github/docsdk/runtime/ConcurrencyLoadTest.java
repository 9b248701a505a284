package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 64 threads: every request correctly signed, every caller gets its own answer,
 * and the connections stay within the configured bound.
 */
class ConcurrencyLoadTest {
    private static final int THREADS = 64;
    private static final int CALLS_PER_THREAD = 32;
    private static final int MAX_CONNECTIONS = 8;

    @Test
    void sixtyFourThreadsShareOneClient() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) JsonCore.readDocument(JsonCore.parser(r.body),
                    PlainJson::read);
            // Echo the caller's token back so a mixed-up response would be noticed.
            return Reply.ok("id-" + i, "{\"requestId\":\"" + body.get("token") + "\",\"totalCount\":"
                    + body.get("n") + "}");
        }); ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                .maxConcurrency(MAX_CONNECTIONS).maxAttempts(1).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    Callable<Integer> work = () -> {
                        int ok = 0;
                        for (int c = 0; c < CALLS_PER_THREAD; c++) {
                            String token = "t" + thread + "-c" + c;
                            String action = c % 2 == 0 ? "DescribeImages" : "CreateInstances";
                            ImagesResponse response = c % 3 == 0
                                    ? client.callAsync(action, Map.of("token", token, "n", c), ImagesResponse::read)
                                            .get(30, TimeUnit.SECONDS)
                                    : client.call(action, Map.of("token", token, "n", c), ImagesResponse::read);
                            if (token.equals(response.requestId) && response.totalCount == c) {
                                ok++;
                            }
                        }
                        return ok;
                    };
                    results.add(pool.submit(work));
                }
                int ok = 0;
                for (Future<Integer> f : results) {
                    ok += f.get(120, TimeUnit.SECONDS);
                }
                assertThat(ok).isEqualTo(THREADS * CALLS_PER_THREAD);
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requests()).hasSize(THREADS * CALLS_PER_THREAD)
                    .allSatisfy(r -> assertThat(r.signatureProblem).isNull());
            assertThat(server.remotePorts()).hasSizeBetween(1, MAX_CONNECTIONS);
        }
    }
}
