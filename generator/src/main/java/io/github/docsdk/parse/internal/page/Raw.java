package io.github.docsdk.parse.internal.page;

import io.github.docsdk.lint.DescriptionParagraph;
import io.github.docsdk.read.Link;
import io.github.docsdk.read.Text;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.SourceLocation;
import java.util.List;

/** What one page says, before names, links and enums are resolved across the service. */
public final class Raw {

  private Raw() {}

  /** A table row describing a member. */
  public record Member(
      String name,
      boolean required,
      TypeExpr type,
      Text description,
      SourceLocation location,
      SourceLocation typeLocation) {}

  /** A structure or enum defined under a heading. */
  public sealed interface Shape permits Structure, Enum {
    String docName();

    String anchorKey();

    String file();

    SourceLocation location();
  }

  /** {@code requiredColumn}: whether its table has a required column (it matters for request input). */
  public record Structure(
      String docName, String anchorKey, String file, String description, List<Member> members,
      SourceLocation location, boolean requiredColumn) implements Shape {}

  public record Enum(
      String docName, String anchorKey, String file, String description, List<EnumValue> values,
      SourceLocation location) implements Shape {}

  /** An action page; {@code descriptionParts}: the description's paragraphs, each where it starts. */
  public record Operation(
      String name,
      String file,
      SourceLocation location,
      String description,
      List<String> notes,
      List<Member> request,
      List<Member> response,
      boolean responseTable,
      List<ErrorCode> errors,
      List<RawExample> examples,
      List<Link> errorPageLinks,
      List<DescriptionParagraph> descriptionParts) {}

  /** Everything one page contributes. */
  public record Page(String file, Operation operation, List<Shape> shapes, List<ErrorCode> commonErrors) {
    public static Page empty(String file) {
      return new Page(file, null, List.of(), List.of());
    }
  }
}
