/**
 * isms:verify: the signatures and the manifest of a built site or a folder of PDFs, checked
 * against a trust store.
 */
package io.github.isms.verify;
