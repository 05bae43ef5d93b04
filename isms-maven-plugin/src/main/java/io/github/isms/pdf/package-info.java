/**
 * PDF/A rendering of documents and the SoA with openhtmltopdf and PDFBox: the print layout, the
 * document-control cover, fonts, images, bookmarks and archival metadata.
 */
package io.github.isms.pdf;
