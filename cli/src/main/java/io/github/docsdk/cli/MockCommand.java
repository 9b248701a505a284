package io.github.docsdk.cli;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.OverridesFile;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * {@code mock --docs D --service S [--port P] [--access-key-id K --access-key-password W]
 * [--api-version V] [--threads N] [--overrides F] [--stateful [--transition-ms T]]}: serves the
 * actions of a docs folder (or of a model JSON file), with the overrides applied, at {@code
 * http://127.0.0.1:P/api/v2/S} until the process is stopped; {@code --stateful} keeps the resources
 * the overrides declare. Prints the base URI on
 * stdout. Exit 2 on usage or I/O errors, 1 when the docs have errors, else serves (0 on stop).
 */
public final class MockCommand {

  /** The API version of Zenlayer Cloud API 2.0 that the docs describe, unless told otherwise. */
  static final String DEFAULT_API_VERSION = "2022-11-20";

  static final int DEFAULT_PORT = 8080;

  static final int DEFAULT_TRANSITION_MS = 1000;

  static final String USAGE =
      "usage: mock --docs D --service S [options]\n"
          + "  --docs D                 the service's docs folder, or a docsdk model JSON file\n"
          + "  --service S              service name, e.g. bmc (served at /api/v2/S)\n"
          + "  --port P                 port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 picks a free one)\n"
          + "  --access-key-id K        check ZC2-HMAC-SHA256 signatures against this key pair;\n"
          + "  --access-key-password W  without both, requests are accepted unsigned\n"
          + "  --api-version V          API version (default " + DEFAULT_API_VERSION + ")\n"
          + "  --link-root DIR          follow links in the docs only inside DIR (default: the git work\n"
          + "                           tree holding the docs, else the docs folder)\n"
          + "  --threads N              worker threads (default 16)\n"
          + "  --overrides F            apply this overrides file (e.g. corrections/zenlayer-bmc-2022-11-20.json)\n"
          + "                           to the docs or the model JSON before serving\n"
          + "  --stateful               keep the resources the overrides declare (\"resources\"): creates return\n"
          + "                           fresh ids, lists show them, statuses move by themselves\n"
          + "  --transition-ms T        how long transitional states last under --stateful (default "
          + DEFAULT_TRANSITION_MS + ")\n";

  private MockCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, DocsParser::parse, MockCommand::serveUntilStopped);
  }

  /**
   * @param parser reads a docs folder (the real parser, or a stand-in in tests)
   * @param serve given the started server, returns when it should stop
   */
  static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      BiFunction<Path, ParseOptions, ParseResult> parser,
      Consumer<MockServer> serve) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("mock: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options.help) {
      out.print(USAGE);
      return 0;
    }
    String modelJson;
    try {
      modelJson = modelJson(options, parser, err);
    } catch (UncheckedIOException e) {
      err.println("mock: cannot read " + options.docs + ": " + e.getCause().getMessage());
      return 2;
    }
    if (modelJson == null) {
      return 1;
    }
    MockServer.Builder builder;
    try {
      builder = MockServer.builder(modelJson).port(options.port).threads(options.threads);
      if (options.stateful) {
        builder.stateful(true).transition(java.time.Duration.ofMillis(options.transitionMs));
      }
    } catch (IllegalArgumentException e) {
      err.println("mock: " + options.docs + ": " + e.getMessage());
      return 2;
    }
    if (options.accessKeyId != null) {
      builder.credentials(options.accessKeyId, options.accessKeyPassword);
    } else {
      err.println("mock: no --access-key-id/--access-key-password: signatures are not checked");
    }
    MockServer server;
    try {
      server = builder.start();
    } catch (UncheckedIOException e) {
      err.println("mock: cannot listen on 127.0.0.1:" + options.port + ": " + e.getCause().getMessage());
      return 2;
    }
    try (server) {
      if (!options.service.isEmpty() && !options.service.equals(server.service())) {
        err.println("mock: " + options.docs + " describes service " + server.service() + ", not " + options.service);
        return 2;
      }
      long fromDocs = server.actions().stream().filter(server::answersWithDocumentedExample).count();
      err.println(
          "mock: serving " + server.actions().size() + " actions of " + server.service() + " "
              + server.apiVersion() + " at " + server.endpoint() + " (" + fromDocs
              + " answer with the docs' example, " + (server.actions().size() - fromDocs) + " synthesised)");
      if (server.stateful()) {
        err.println("mock: stateful: keeping " + String.join(", ", server.resourceNames()) + " (transitions take "
            + options.transitionMs + " ms)");
      }
      out.println(server.baseUri());
      out.flush();
      serve.accept(server);
    }
    return 0;
  }

  /** The model JSON to serve, or null after reporting errors in the docs. */
  private static String modelJson(
      Options options, BiFunction<Path, ParseOptions, ParseResult> parser, PrintStream err) {
    Path docs = options.docs;
    if (Files.isRegularFile(docs)) {
      String json = read(docs);
      return options.overrides == null ? json : withOverrides(json, options.overrides, err);
    }
    if (!Files.isDirectory(docs)) {
      throw new UncheckedIOException(new IOException("no such folder or file"));
    }
    if (options.overrides != null && !Files.isRegularFile(options.overrides)) {
      throw new UncheckedIOException(new IOException("overrides file not found: " + options.overrides));
    }
    ParseResult result = parser.apply(docs, new ParseOptions(options.service, options.apiVersion, options.overrides)
        .withLinkRoot(options.linkRoot));
    long warnings = result.warningCount();
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError()) {
        err.println(d.format());
      }
    }
    if (result.hasErrors()) {
      err.println("mock: the docs have errors (run lint for details); nothing served");
      return null;
    }
    if (warnings > 0) {
      err.println("mock: " + warnings + " warnings in the docs (run lint to see them)");
    }
    return ModelJson.write(result.service());
  }

  /** A model JSON file with an overrides file applied, or null after reporting its errors. */
  private static String withOverrides(String modelJson, Path overrides, PrintStream err) {
    Service service;
    try {
      service = ModelJson.read(modelJson);
    } catch (IllegalArgumentException e) {
      return modelJson; // not a model: the server builder says so
    }
    OverridesFile.Result corrected = OverridesFile.apply(service, read(overrides), overrides.toString());
    for (Diagnostic diagnostic : corrected.diagnostics()) {
      if (diagnostic.isError()) {
        err.println(diagnostic.format());
      }
    }
    if (corrected.hasErrors()) {
      err.println("mock: the overrides have errors (run lint for details); nothing served");
      return null;
    }
    return ModelJson.write(corrected.service());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Blocks until the JVM shuts down (Ctrl-C); the shutdown hook closes the server. */
  private static void serveUntilStopped(MockServer server) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "docsdk-mock-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Options {
    Path docs;
    String service;
    String apiVersion = DEFAULT_API_VERSION;
    int port = DEFAULT_PORT;
    int threads = 16;
    String accessKeyId;
    String accessKeyPassword;
    Path linkRoot;
    Path overrides;
    boolean stateful;
    int transitionMs = DEFAULT_TRANSITION_MS;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "-h", "--help" -> o.help = true;
          case "--docs" -> o.docs = Path.of(value(args, ++i, arg));
          case "--service" -> o.service = value(args, ++i, arg);
          case "--api-version" -> o.apiVersion = value(args, ++i, arg);
          case "--link-root" -> o.linkRoot = Path.of(value(args, ++i, arg));
          case "--port" -> o.port = number(value(args, ++i, arg), arg, 0, 65535);
          case "--threads" -> o.threads = number(value(args, ++i, arg), arg, 1, 1024);
          case "--access-key-id" -> o.accessKeyId = value(args, ++i, arg);
          case "--access-key-password" -> o.accessKeyPassword = value(args, ++i, arg);
          case "--overrides" -> o.overrides = Path.of(value(args, ++i, arg));
          case "--stateful" -> o.stateful = true;
          case "--transition-ms" -> o.transitionMs = number(value(args, ++i, arg), arg, 0, 3_600_000);
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (o.help) {
        return o;
      }
      if (o.docs == null) {
        throw new IllegalArgumentException("--docs is required");
      }
      if (o.service == null && !o.docs.toString().endsWith(".json")) {
        throw new IllegalArgumentException("--service is required with a docs folder");
      }
      if (o.service == null) {
        o.service = "";
      }
      if ((o.accessKeyId == null) != (o.accessKeyPassword == null)) {
        throw new IllegalArgumentException("give both --access-key-id and --access-key-password, or neither");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int number(String text, String option, int min, int max) {
      try {
        int n = Integer.parseInt(text);
        if (n < min || n > max) {
          throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a number, got " + text);
      }
    }
  }
}
