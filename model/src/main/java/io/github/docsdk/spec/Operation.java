package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * One API action, from one action page. Immutable.
 *
 * <ul>
 *   <li>{@code name}: the action's name from the page's H1 (e.g. {@code DescribeImages})
 *   <li>{@code wireName}: the value sent in {@code X-ZC-Action}; equals {@code name} unless an
 *       override says otherwise
 *   <li>{@code description}: plain text; {@code notes}: the page's hint blocks, each as plain text
 *   <li>{@code request}, {@code response}: members in table order ({@code requestId} included when
 *       documented)
 *   <li>{@code errors}: the page's own error codes (the service's common codes are on {@link
 *       Service}); {@code examples}: worked examples in page order
 *   <li>{@code location}: the H1
 * </ul>
 */
public final class Operation {

  private final String name;
  private final String wireName;
  private final String description;
  private final List<String> notes;
  private final List<Member> request;
  private final List<Member> response;
  private final List<ErrorCode> errors;
  private final List<Example> examples;
  private final SourceLocation location;

  public Operation(
      String name,
      String wireName,
      String description,
      List<String> notes,
      List<Member> request,
      List<Member> response,
      List<ErrorCode> errors,
      List<Example> examples,
      SourceLocation location) {
    this.name = Objects.requireNonNull(name, "name");
    this.wireName = wireName == null ? name : wireName;
    this.description = description == null ? "" : description;
    this.notes = List.copyOf(notes);
    this.request = List.copyOf(request);
    this.response = List.copyOf(response);
    this.errors = List.copyOf(errors);
    this.examples = List.copyOf(examples);
    this.location = Objects.requireNonNull(location, "location");
  }

  public String name() {
    return name;
  }

  public String wireName() {
    return wireName;
  }

  public String description() {
    return description;
  }

  public List<String> notes() {
    return notes;
  }

  public List<Member> request() {
    return request;
  }

  public List<Member> response() {
    return response;
  }

  public List<ErrorCode> errors() {
    return errors;
  }

  public List<Example> examples() {
    return examples;
  }

  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Operation)) {
      return false;
    }
    Operation p = (Operation) o;
    return name.equals(p.name) && wireName.equals(p.wireName) && description.equals(p.description)
        && notes.equals(p.notes) && request.equals(p.request) && response.equals(p.response)
        && errors.equals(p.errors) && examples.equals(p.examples) && location.equals(p.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, wireName, description, notes, request, response, errors, examples, location);
  }

  @Override
  public String toString() {
    return "Operation[name=" + name + ", wireName=" + wireName + ", description=" + description
        + ", notes=" + notes + ", request=" + request + ", response=" + response + ", errors=" + errors
        + ", examples=" + examples + ", location=" + location + "]";
  }
}
