package io.github.docsdk.parse.internal.page;

import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.SourceLocation;

/**
 * An example as read from one code block, with the file lines of its parts for diagnostics.
 *
 * @param actionHeader {@code X-ZC-Action}, {@code X-TC-Action} or empty
 * @param actionAt where the action header is (null when there is none)
 * @param requestLine file line of the request body's first line (0 when none)
 * @param responseLine file line of the response body's first line (0 when none)
 */
public record RawExample(
    String title,
    String host,
    String action,
    String actionHeader,
    SourceLocation actionAt,
    String request,
    int requestLine,
    String response,
    int responseLine,
    SourceLocation location) {

  public Example toExample() {
    return new Example(title, host, action, request, response, location);
  }
}
