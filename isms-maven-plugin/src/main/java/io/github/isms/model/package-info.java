/**
 * The values an ISMS is made of once loaded: its configuration (isms.yaml), its documents and
 * their front matter, versions and review intervals.
 */
package io.github.isms.model;
