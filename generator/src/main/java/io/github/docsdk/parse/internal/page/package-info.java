/**
 * Reading one page: a Markdown page read by {@code read} becomes what it says ({@link
 * io.github.docsdk.parse.internal.page.Raw}: an action, structures and enums, common error codes),
 * nothing resolved across pages yet. Entry: {@link io.github.docsdk.parse.internal.page.PageParser};
 * public besides it only what the next stages read (the raw values, written types, names, enum
 * values in descriptions, link targets).
 */
package io.github.docsdk.parse.internal.page;
