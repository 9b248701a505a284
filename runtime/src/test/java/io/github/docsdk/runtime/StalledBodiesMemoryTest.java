package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.runtime.testing.RawServer;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 50 concurrent calls to a server that declares a 32 MiB body and sends one byte, in a JVM with a 64 MiB
 * heap: sized from the declaration they would need 1.6 GB; growing with what arrives they need almost
 * nothing, and every call ends in a typed exception when the server gives up.
 */
class StalledBodiesMemoryTest {
    static final int CALLS = 50;
    static final long DECLARED = 32L * 1024 * 1024;
    /** Heap in use while all 50 are stalled, after a GC; pre-sizing a single body would already break it. */
    static final long MAX_USED_BYTES = 24L * 1024 * 1024;

    @Test
    void stalledLargeDeclarationsCostWhatArrivedNotWhatWasDeclared() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).as("child ended; output:\n%s", output).isTrue();
        assertThat(output).contains("stalled=" + CALLS, "typed=" + CALLS, "oom=0");
        long used = Long.parseLong(output.replaceAll("(?s).*used=(\\d+).*", "$1"));
        assertThat(used).as("heap in use while stalled").isLessThan(MAX_USED_BYTES);
        assertThat(child.exitValue()).as(output).isZero();
    }

    /** Runs in the small-heap JVM. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            CountDownLatch stalled = new CountDownLatch(CALLS);
            CountDownLatch release = new CountDownLatch(1);
            RawServer server = new RawServer((i, request, socket, out) -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + DECLARED
                        + "\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                stalled.countDown();
                release.await();
                return false;
            });
            int typed = 0;
            int oom = 0;
            try (ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                    .maxConcurrency(CALLS).maxAttempts(1).callTimeout(Duration.ofSeconds(40)).build())) {
                List<CompletableFuture<ImagesResponse>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    calls.add(client.callAsync("DescribeImages", true, null, ImagesResponse::read));
                }
                boolean all = stalled.await(30, TimeUnit.SECONDS);
                Thread.sleep(1000); // let the client take in the headers and the byte
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.println("stalled=" + (all ? CALLS : CALLS - stalled.getCount()));
                System.out.println("used=" + (rt.totalMemory() - rt.freeMemory()));
                release.countDown();
                closeQuietly(server);
                for (CompletableFuture<ImagesResponse> call : calls) {
                    try {
                        call.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof ZenlayerClientException) {
                            typed++;
                        } else if (e.getCause() instanceof OutOfMemoryError) {
                            oom++;
                        } else {
                            e.printStackTrace(System.out);
                        }
                    }
                }
            } catch (OutOfMemoryError e) {
                oom++;
            }
            System.out.println("typed=" + typed);
            System.out.println("oom=" + oom);
            System.exit(typed == CALLS && oom == 0 ? 0 : 1);
        }

        private static void closeQuietly(RawServer server) {
            try {
                server.close();
            } catch (IOException e) {
                // the calls fail either way
            }
        }
    }
}
