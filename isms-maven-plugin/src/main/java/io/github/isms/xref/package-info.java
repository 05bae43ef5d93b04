/**
 * Cross-references between documents, controls and clauses ([[POL-002]], [[A.5.15]], relative .md
 * links): parsing, resolving and the page URLs they lead to.
 */
package io.github.isms.xref;
