/**
 * The record on the site: a page for every superseded approved version, and the redline of every
 * version against the approved one before it, rendered and as source.
 */
package io.github.isms.history.pages;
