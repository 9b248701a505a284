package io.github.docsdk.read;

/**
 * A GitBook liquid tag on its own line, e.g. {@code {% tabs %}} or {@code {% tab title="示例" %}}.
 *
 * @param name e.g. {@code tab}, {@code endtab}, {@code code}
 * @param title the {@code title="..."} attribute, or empty
 */
public record LiquidTag(String name, String title, int line, int column) implements Block {}
