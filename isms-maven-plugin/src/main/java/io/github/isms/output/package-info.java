/**
 * Writing an output folder safely: one build at a time ({@link io.github.isms.output.OutputLock}), and
 * the new content replacing the last good one as a whole or not at all
 * ({@link io.github.isms.output.AtomicDirectory}), also after a build that was killed; the files a build
 * makes before it writes (PDFs, Word files) wait on disk meanwhile ({@link io.github.isms.output.FileSpool}).
 */
package io.github.isms.output;
