package io.github.docsdk.generate;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the configuration fits the docs it points at: a docs folder without a single action
 * page, or a service name that none of the docs' examples post to, are almost always a mistake in
 * the build file rather than in the docs, and would otherwise give an empty or misrouted SDK.
 */
final class ServiceChecks {

  private static final String PATH_PREFIX = "/api/v2/";

  private ServiceChecks() {}

  static List<Diagnostic> check(Service service, String configured) {
    List<Diagnostic> out = new ArrayList<>();
    if (service.operations().isEmpty()) {
      out.add(
          DiagnosticCode.NO_ACTIONS.at(
              SourceLocation.of("", 0, 0),
              "no action pages found (a page whose first heading names an action and that has a"
                  + " request parameters section); is the docs folder right?",
              "nothing generated"));
      return out;
    }
    Example first = null;
    String documented = null;
    for (Operation op : service.operations()) {
      for (Example example : op.examples()) {
        Optional<String> named = serviceOf(example.host());
        if (named.isEmpty()) {
          continue;
        }
        if (named.get().equals(configured)) {
          return out; // at least one example agrees with the configuration
        }
        if (first == null) {
          first = example;
          documented = named.get();
        }
      }
    }
    if (first != null) {
      out.add(
          DiagnosticCode.SERVICE_MISMATCH.at(
              first.location(),
              "unknown service '"
                  + configured
                  + "': the docs' examples post to "
                  + PATH_PREFIX
                  + documented
                  + ", none to "
                  + PATH_PREFIX
                  + configured,
              "nothing generated; configure service '" + documented + "'"));
    }
    return out;
  }

  /** {@code console.zenlayer.com/api/v2/bmc} gives {@code bmc}. */
  static Optional<String> serviceOf(String host) {
    int at = host.indexOf(PATH_PREFIX);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = host.substring(at + PATH_PREFIX.length()).strip();
    int end = 0;
    while (end < rest.length() && rest.charAt(end) != '/' && !Character.isWhitespace(rest.charAt(end))) {
      end++;
    }
    return end == 0 ? Optional.empty() : Optional.of(rest.substring(0, end));
  }
}
