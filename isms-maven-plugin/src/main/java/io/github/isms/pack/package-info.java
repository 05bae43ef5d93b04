/**
 * {@code isms:audit-pack}: the zip an auditor receives, built from the built site. A signed index maps each
 * requirement an auditor samples to the files in the pack; the pack carries its own signed manifest, so
 * {@code isms:verify -Disms.pack=...} checks it on its own. Two packs of one site are byte-identical.
 */
package io.github.isms.pack;
