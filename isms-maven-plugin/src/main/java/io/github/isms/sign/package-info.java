/**
 * PAdES signatures with BouncyCastle: the signing key (a PKCS#12 keystore, or a development key),
 * CMS signatures and RFC 3161 timestamps.
 */
package io.github.isms.sign;
