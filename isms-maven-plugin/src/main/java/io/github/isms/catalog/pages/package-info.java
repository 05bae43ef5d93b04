/**
 * The site pages of the catalogs: the Statement of Applicability, one page per control and per
 * clause, and the 2013 to 2022 transition page.
 */
package io.github.isms.catalog.pages;
