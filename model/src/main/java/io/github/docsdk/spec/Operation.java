package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * One API action, from one action page.
 *
 * @param name the action's name from the page's H1 (e.g. {@code DescribeImages})
 * @param wireName the value sent in {@code X-ZC-Action}; equals {@code name} unless an override
 *     says otherwise
 * @param description plain text
 * @param notes the page's hint blocks, each as plain text
 * @param request request members, in table order
 * @param response response members, in table order ({@code requestId} included when documented)
 * @param errors the page's own error codes (the service's common codes are on {@link Service})
 * @param examples worked examples in page order
 * @param location the H1
 */
public record Operation(
    String name,
    String wireName,
    String description,
    List<String> notes,
    List<Member> request,
    List<Member> response,
    List<ErrorCode> errors,
    List<Example> examples,
    SourceLocation location) {

  public Operation {
    Objects.requireNonNull(name, "name");
    wireName = wireName == null ? name : wireName;
    description = description == null ? "" : description;
    notes = List.copyOf(notes);
    request = List.copyOf(request);
    response = List.copyOf(response);
    errors = List.copyOf(errors);
    examples = List.copyOf(examples);
    Objects.requireNonNull(location, "location");
  }
}
