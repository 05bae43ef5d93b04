/**
 * The site's and the PDFs' own words in the reader's language: label bundles ({@code labels_<lang>.properties},
 * UTF-8) for English, Dutch, German and French, a theme's overrides of any label, and dates written the
 * locale's way. Documents are written by people in their language; these are only the words around them.
 */
package io.github.isms.i18n;
