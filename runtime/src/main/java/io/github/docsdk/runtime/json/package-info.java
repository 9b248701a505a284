/** One-pass reading of the response envelope, cached readers per model class, and body previews for errors. */
package io.github.docsdk.runtime.json;
