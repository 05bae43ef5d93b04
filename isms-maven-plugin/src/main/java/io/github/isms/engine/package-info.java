/**
 * The front door, free of Maven: a goal's plain request in, a result with diagnostics out. It
 * loads the ISMS, checks it, reads its history and builds the outputs.
 */
package io.github.isms.engine;
