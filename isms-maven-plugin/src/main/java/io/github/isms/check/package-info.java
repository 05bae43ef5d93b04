/**
 * The rules isms:check applies to a loaded ISMS: documents, catalogs and the SoA, mandatory
 * documents, control references and the risk register. Each rule reports diagnostics; none throws
 * for bad input.
 */
package io.github.isms.check;
