package io.github.docsdk.lint;

import io.github.docsdk.spec.SourceLocation;

/**
 * A paragraph of an action's description as the page writes it, and where it starts: the model
 * keeps the description as one text, and lint's findings about a sentence point at its paragraph.
 */
public record DescriptionParagraph(String text, SourceLocation location) {}
