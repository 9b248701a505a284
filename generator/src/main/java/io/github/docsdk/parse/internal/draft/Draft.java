package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.TypeRef;
import java.util.List;

/**
 * The resolved, immutable stage between the pages and the model: every type is known except the
 * names of enums listed inline in descriptions, which are typed {@link InlineEnum} references
 * until {@link EnumNamer} names them. The model is built from drafts once, with the enum names
 * and the corrections the examples justify.
 */
final class Draft {

  private Draft() {}

  /**
   * A member. {@code type} is the written type resolved (for an inline enum: String or a list of
   * String, the enum's wire form); {@code inlineEnum} is the enum its description lists, or null.
   */
  record Member(String name, TypeRef type, InlineEnum inlineEnum, boolean required, String description,
      SourceLocation location) {}

  /** An enum listed in one member's description; {@code id} is its index in the resolver's list. */
  record InlineEnum(int id) {}

  record Structure(String name, String docName, String description, List<Member> members, SourceLocation location) {}

  record Operation(String name, String description, List<String> notes, List<Member> request, List<Member> response,
      List<ErrorCode> errors, List<Example> examples, SourceLocation location) {}
}
