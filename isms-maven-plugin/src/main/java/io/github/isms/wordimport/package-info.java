/**
 * isms:import: Word {@code .docx} files into ISMS documents (front matter from the document's control
 * table and properties, the body as Markdown, images under {@code assets/}), read with Apache POI.
 */
package io.github.isms.wordimport;
