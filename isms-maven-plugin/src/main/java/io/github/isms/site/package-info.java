/**
 * The intranet site: the pages and their templates (Pebble), the theme, search, and writing the
 * whole site atomically into its folder.
 */
package io.github.isms.site;
