package io.github.docsdk.bench.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link StubServer} in a child JVM on this JVM's class path; closing it ends the child. */
public final class StubProcess implements AutoCloseable {

  private final Process process;
  private final int[] ports;

  private StubProcess(Process process, int[] ports) {
    this.process = process;
    this.ports = ports;
  }

  /** Starts a stub with one port per image count and waits until it listens. */
  public static StubProcess start(int... imageCounts) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx256m",
        "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), StubServer.class.getName()));
    for (int n : imageCounts) {
      command.add(Integer.toString(n));
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    String line = out.readLine();
    if (line == null || !line.startsWith("READY ")) {
      p.destroyForcibly();
      throw new IOException("the stub server did not start: " + line);
    }
    String[] parts = line.substring(6).trim().split(" ");
    int[] ports = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ports[i] = Integer.parseInt(parts[i]);
    }
    return new StubProcess(p, ports);
  }

  /** The port serving the i-th image count given to {@link #start}. */
  public int port(int index) {
    return ports[index];
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already gone.
    }
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
