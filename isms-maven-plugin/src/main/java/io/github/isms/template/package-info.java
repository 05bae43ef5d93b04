/**
 * Placeholders in document bodies: Pebble over a small read-only context, with the syntax and the
 * variables documents may use.
 */
package io.github.isms.template;
