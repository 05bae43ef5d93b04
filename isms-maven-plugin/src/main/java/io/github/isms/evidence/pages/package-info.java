/** The evidence register's part of the site: the evidence files its items publish. */
package io.github.isms.evidence.pages;
