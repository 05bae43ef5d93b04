/** Acknowledgement on the site: the dashboard's panel of documents and how far they are acknowledged. */
package io.github.isms.acknowledgement.pages;
