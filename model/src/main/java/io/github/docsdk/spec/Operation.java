package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 *   <li>traits: {@code readOnly}, whether the action only reads (so repeating it is harmless);
 *       {@code pagination}, how it pages, when it does
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
  private final boolean readOnly;
  private final Pagination pagination;

  /** An operation without traits: not read-only, not paging. */
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
    this.readOnly = false;
    this.pagination = null;
  }

  private Operation(Operation op, boolean readOnly, Pagination pagination) {
    this.name = op.name;
    this.wireName = op.wireName;
    this.description = op.description;
    this.notes = op.notes;
    this.request = op.request;
    this.response = op.response;
    this.errors = op.errors;
    this.examples = op.examples;
    this.location = op.location;
    this.readOnly = readOnly;
    this.pagination = pagination;
  }

  /** This operation with the given traits ({@code pagination} may be null: it does not page). */
  public Operation withTraits(boolean newReadOnly, Pagination newPagination) {
    return new Operation(this, newReadOnly, newPagination);
  }

  /** The same traits on another operation (e.g. one rebuilt with corrected members). */
  public Operation withTraitsOf(Operation other) {
    return new Operation(this, other.readOnly, other.pagination);
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

  /** Whether the action only reads (Describe*, Inquiry*-style), so a retry after a 5xx is harmless. */
  public boolean readOnly() {
    return readOnly;
  }

  /** How the action pages; empty when it does not. */
  public Optional<Pagination> pagination() {
    return Optional.ofNullable(pagination);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Operation)) {
      return false;
    }
    Operation p = (Operation) o;
    return name.equals(p.name) && wireName.equals(p.wireName) && description.equals(p.description)
        && notes.equals(p.notes) && request.equals(p.request) && response.equals(p.response)
        && errors.equals(p.errors) && examples.equals(p.examples) && location.equals(p.location)
        && readOnly == p.readOnly && Objects.equals(pagination, p.pagination);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, wireName, description, notes, request, response, errors, examples, location,
        readOnly, pagination);
  }

  @Override
  public String toString() {
    return "Operation[name=" + name + ", wireName=" + wireName + ", description=" + description
        + ", notes=" + notes + ", request=" + request + ", response=" + response + ", errors=" + errors
        + ", examples=" + examples + ", location=" + location + ", readOnly=" + readOnly
        + ", pagination=" + pagination + "]";
  }
}
