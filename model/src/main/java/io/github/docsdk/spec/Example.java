package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A worked example from an action page. Immutable.
 *
 * <p>{@code title}: the example's heading or tab title; {@code host}: the {@code Host:} line's
 * value (endpoint host plus service path); {@code action}: the action named by the {@code
 * X-ZC-Action} (or older {@code X-TC-Action}) header; {@code request} and {@code response}: the
 * body texts as written (may be invalid JSON); all of these may be empty. {@code location}: where
 * the example's code block starts.
 */
public final class Example {

  private final String title;
  private final String host;
  private final String action;
  private final String request;
  private final String response;
  private final SourceLocation location;

  public Example(
      String title, String host, String action, String request, String response, SourceLocation location) {
    this.title = title == null ? "" : title;
    this.host = host == null ? "" : host;
    this.action = action == null ? "" : action;
    this.request = request == null ? "" : request;
    this.response = response == null ? "" : response;
    this.location = Objects.requireNonNull(location, "location");
  }

  public String title() {
    return title;
  }

  public String host() {
    return host;
  }

  public String action() {
    return action;
  }

  public String request() {
    return request;
  }

  public String response() {
    return response;
  }

  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Example)) {
      return false;
    }
    Example e = (Example) o;
    return title.equals(e.title) && host.equals(e.host) && action.equals(e.action)
        && request.equals(e.request) && response.equals(e.response) && location.equals(e.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, host, action, request, response, location);
  }

  @Override
  public String toString() {
    return "Example[title=" + title + ", host=" + host + ", action=" + action + ", request=" + request
        + ", response=" + response + ", location=" + location + "]";
  }
}
