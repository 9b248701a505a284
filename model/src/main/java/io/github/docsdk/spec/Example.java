package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A worked example from an action page.
 *
 * @param title the example's heading or tab title; may be empty
 * @param host the {@code Host:} line's value (endpoint host plus service path); may be empty
 * @param action the action named by the {@code X-ZC-Action} (or older {@code X-TC-Action}) header;
 *     may be empty
 * @param request the request body text as written (may be invalid JSON); empty when there is none
 * @param response the response body text as written (may be invalid JSON); empty when there is none
 * @param location where the example's code block starts
 */
public record Example(
    String title, String host, String action, String request, String response, SourceLocation location) {

  public Example {
    title = title == null ? "" : title;
    host = host == null ? "" : host;
    action = action == null ? "" : action;
    request = request == null ? "" : request;
    response = response == null ? "" : response;
    Objects.requireNonNull(location, "location");
  }
}
