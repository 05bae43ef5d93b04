/**
 * Markdown to safe HTML: Flexmark with the extensions the documents use, headings and their
 * anchors, admonitions, and the sanitizer every rendered body passes through.
 */
package io.github.isms.markdown;
