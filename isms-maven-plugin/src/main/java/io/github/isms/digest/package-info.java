/**
 * SHA-256 digests of files and bytes, as hex.
 */
package io.github.isms.digest;
