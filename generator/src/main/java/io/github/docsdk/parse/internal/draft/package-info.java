/**
 * Resolving the raw pages of a service into the model's draft: shape names made unique, types and
 * inline enums resolved and named, the examples checked against the tables (they decide the
 * corrections the examples justify, so they live here, on the typed drafts), the traits' defaults.
 * Entry: {@link io.github.docsdk.parse.internal.draft.ModelAssembler}; its result, {@link
 * io.github.docsdk.parse.internal.draft.ModelDraft}, is what the corrections change and what the
 * model is built from.
 */
package io.github.docsdk.parse.internal.draft;
