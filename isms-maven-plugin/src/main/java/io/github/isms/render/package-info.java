/**
 * A document body from source to HTML: placeholders expanded, Markdown rendered, cross-references
 * resolved.
 */
package io.github.isms.render;
