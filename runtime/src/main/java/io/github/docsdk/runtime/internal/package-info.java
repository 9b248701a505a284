/**
 * Helpers that generated SDK code calls. Not part of the runtime's API for users: names and
 * signatures here may change with any release, together with the generator.
 */
package io.github.docsdk.runtime.internal;
