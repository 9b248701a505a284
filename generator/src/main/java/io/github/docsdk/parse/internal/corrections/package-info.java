/**
 * The overrides (corrections) file applied to a model's draft: action and structure entries,
 * resource lifecycles and waiters, each checked against the docs and reported at its line.
 * Entry: {@link io.github.docsdk.parse.internal.corrections.Overrides}.
 */
package io.github.docsdk.parse.internal.corrections;
