/**
 * Diagnostics: a problem at a place in a file (path:line:column), with a stable code and a
 * severity; every package reports bad input through them.
 */
package io.github.isms.diag;
