/**
 * The live preview behind {@code isms:serve}: a loopback web server for the built site that only
 * ever hands out files of that folder, the script it adds to the pages it serves (reload after a
 * rebuild, an overlay with a failed build's diagnostics), and the watcher of the ISMS sources.
 */
package io.github.isms.serve;
