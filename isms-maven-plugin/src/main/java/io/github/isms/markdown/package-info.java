/**
 * Markdown to safe HTML: Flexmark with the extensions the documents use, headings and their
 * anchors, admonitions, and the sanitizer: a body with raw HTML is parsed and cleaned by it, any
 * other is checked against the same rules in one pass over the renderer's own output.
 */
package io.github.isms.markdown;
