/**
 * A small JSON writer for the files the plugin publishes (diagnostics, manifest, search index,
 * review).
 */
package io.github.isms.json;
