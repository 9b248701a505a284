package io.github.docsdk.cli.probe;

import io.github.docsdk.spec.Diagnostic;

/**
 * One difference between a reply and the docs, as a located diagnostic, with the overrides entry
 * that would make the model match ({@code suggestion}), or null when none can be written (an
 * unknown action, a reply that is not the envelope, a value whose type has no name in the docs).
 */
public record Finding(Diagnostic diagnostic, Suggestion suggestion) {

  /**
   * An overrides member entry: {@code section} is {@code actions} or {@code structures}, {@code
   * side} {@code response} for actions and null for structures; {@code type} is written as the
   * docs write types; {@code why} is the evidence, one sentence.
   */
  public record Suggestion(String section, String owner, String side, String member, boolean add, String type,
      String why) {}
}
