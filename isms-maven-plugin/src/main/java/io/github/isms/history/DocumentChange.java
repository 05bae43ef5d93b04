package io.github.isms.history;

import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;

/**
 * One changed Markdown file in a main-line commit, with the front matter of its new content already read
 * (empty for a deletion or a file without front matter).
 */
record DocumentChange(ChangeType type, String oldPath, String newPath, String blobId,
        Optional<ControlKeys> frontMatter) {
}
