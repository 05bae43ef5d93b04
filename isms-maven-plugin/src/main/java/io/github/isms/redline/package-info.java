/**
 * Redlines: the word-level differences between two versions of a document, of its Markdown source
 * and of its rendered HTML, marked with {@code <ins>} and {@code <del>}.
 */
package io.github.isms.redline;
