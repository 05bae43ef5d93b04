/**
 * Writing an output folder safely: one build at a time ({@link io.github.isms.output.OutputLock}), and
 * the new content replacing the last good one as a whole or not at all
 * ({@link io.github.isms.output.AtomicDirectory}), also after a build that was killed.
 */
package io.github.isms.output;
