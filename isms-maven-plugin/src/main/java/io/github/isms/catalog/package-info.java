/**
 * Control catalogs (ISO/IEC 27001:2022 and 2013 Annex A, clauses, the mandatory documented
 * information, the 2013 to 2022 mapping, an organisation's own catalogs), soa.yaml, and what they
 * establish together: the Statement of Applicability and the coverage of mandatory items.
 */
package io.github.isms.catalog;
