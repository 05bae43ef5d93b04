/**
 * Word (.docx) files of the published documents, written with Apache POI: the same document-control block
 * and body as the PDFs, headings as Word's heading styles, lists as Word lists, tables as tables, and the
 * bytes the same in every build of the same sources.
 */
package io.github.isms.docx;
