/**
 * Staff acknowledgement of documents: the audiences of isms.yaml (CSV files as HR tools export them,
 * or lists), the acknowledgements exported by a form or LMS into {@code records/acknowledgements/*.csv},
 * and per document who of its audiences has acknowledged the version in force and who is outstanding.
 */
package io.github.isms.acknowledgement;
