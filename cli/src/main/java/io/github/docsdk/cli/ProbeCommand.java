package io.github.docsdk.cli;

import io.github.docsdk.cli.probe.Finding;
import io.github.docsdk.cli.probe.Probe;
import io.github.docsdk.cli.probe.Suggestions;
import io.github.docsdk.lint.LintRules;
import io.github.docsdk.lint.NoteGroups;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.runtime.CredentialsProvider;
import io.github.docsdk.runtime.CredentialsProviderChain;
import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code probe --endpoint URL --service S --docs D [--overrides F] [--suggest F] [--max-calls N]
 * [--max-seconds N] [--strict]}: calls the read-only actions of the docs' model against an
 * endpoint, with credentials from the runtime's default chain, and reports where the replies
 * differ from the docs, located in the docs like lint's diagnostics (on stderr). Exit codes as
 * lint's: 0 without errors, 1 with errors in the docs (or findings under {@code --strict}), 2 on
 * usage or I/O errors (an endpoint that does not answer at all included).
 */
final class ProbeCommand {

  static final String USAGE = "probe --endpoint URL --service S --docs D [--api-version V] [--overrides F]"
      + " [--suggest F] [--max-calls N] [--max-seconds N] [--strict] [--link-root DIR]";
  static final int DEFAULT_MAX_CALLS = 50;
  static final int DEFAULT_MAX_SECONDS = 120;
  private static final List<String> OPTIONS = List.of("--endpoint", "--service", "--docs", "--api-version",
      "--overrides", "--suggest", "--max-calls", "--max-seconds", "--link-root");

  private ProbeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, CredentialsProviderChain.defaultChain());
  }

  static int run(String[] args, PrintStream out, PrintStream err, CredentialsProvider credentials) {
    Map<String, String> o = new HashMap<>();
    boolean strict = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--strict")) {
        strict = true;
        continue;
      }
      if (!OPTIONS.contains(args[i])) {
        return usage(err, "unknown option " + args[i]);
      }
      if (i + 1 >= args.length) {
        return usage(err, args[i] + " needs a value");
      }
      o.put(args[i], args[++i]);
    }
    for (String required : List.of("--endpoint", "--service", "--docs")) {
      if (!o.containsKey(required)) {
        return usage(err, "missing " + required);
      }
    }
    Probe.Settings settings;
    try {
      URI endpoint = new URI(o.get("--endpoint"));
      if (endpoint.getHost() == null || endpoint.getScheme() == null) {
        return usage(err, "--endpoint needs a scheme and a host, e.g. https://console.zenlayer.com");
      }
      if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
        // not echoed: user info may be a secret; credentials come from the chain
        return usage(err, "--endpoint must not carry user info, a query or a fragment");
      }
      settings = new Probe.Settings(endpoint, positive(o, "--max-calls", DEFAULT_MAX_CALLS),
          Duration.ofSeconds(positive(o, "--max-seconds", DEFAULT_MAX_SECONDS)));
    } catch (java.net.URISyntaxException e) {
      return usage(err, "--endpoint is not a URL");
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    Path docs;
    Path overrides;
    Path suggest;
    Path linkRoot;
    try {
      docs = Path.of(o.get("--docs"));
      overrides = o.containsKey("--overrides") ? Path.of(o.get("--overrides")) : null;
      suggest = o.containsKey("--suggest") ? Path.of(o.get("--suggest")) : null;
      linkRoot = o.containsKey("--link-root") ? Path.of(o.get("--link-root")) : null;
    } catch (InvalidPathException e) {
      err.println("probe: not a valid path: " + e.getInput());
      return 2;
    }
    if (!Files.isDirectory(docs)) {
      err.println("probe: not a directory: " + docs);
      return 2;
    }
    ParseResult parsed;
    List<Diagnostic> levelled;
    try {
      parsed = DocsParser.parse(docs, new ParseOptions(o.get("--service"),
          o.getOrDefault("--api-version", LintCommand.DEFAULT_API_VERSION), overrides).withLinkRoot(linkRoot));
      levelled = LintRules.forDocs(docs, null).apply(List.of());
    } catch (UncheckedIOException e) {
      err.println("probe: " + e.getCause().getMessage());
      return 2;
    }
    List<Diagnostic> errors = parsed.diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList());
    if (!errors.isEmpty() || !levelled.isEmpty()) {
      errors.forEach(d -> err.println(d.format()));
      levelled.forEach(d -> err.println(d.format()));
      err.println("probe: the docs (or their lint rules) have errors; nothing was called");
      return 1;
    }
    Probe.Result result;
    try {
      result = new Probe(parsed.service(), settings, credentials).run();
    } catch (Probe.Unreachable e) {
      err.println("probe: no answer from " + Probe.shown(settings.endpoint()) + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | ZenlayerClientException e) {
      // the runtime refusing the endpoint, or no credentials in the chain (its message names no secret)
      err.println("probe: " + e.getMessage());
      return 2;
    }
    List<Finding> findings = result.findings();
    List<Diagnostic> shown = LintRules.forDocs(docs, null)
        .apply(findings.stream().map(Finding::diagnostic).collect(Collectors.toList()));
    for (NoteGroups.Line line : NoteGroups.collapse(shown)) {
      err.println(line.first().format() + line.suffix());
    }
    long warnings = shown.stream().filter(Diagnostic::isWarning).count();
    long failing = shown.stream().filter(Diagnostic::isError).count();
    err.println("probe: " + result.calls() + " calls to " + Probe.shown(settings.endpoint()) + ", "
        + failing + " errors, " + warnings + " warnings, " + (shown.size() - warnings - failing) + " notes");
    if (suggest != null) {
      try {
        Files.writeString(suggest, Suggestions.write(findings), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("probe: cannot write " + suggest + ": " + e.getMessage());
        return 2;
      }
      err.println("probe: suggested overrides written to " + suggest);
    }
    return failing > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  private static int positive(Map<String, String> o, String option, int fallback) {
    String v = o.get(option);
    int n;
    try {
      n = v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, not " + v);
    }
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1, not " + v);
    }
    return n;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("probe: " + problem);
    err.println("usage: docsdk " + USAGE);
    return 2;
  }
}
