package io.github.isms.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Whether new bytes of a document leave what history says of it as it was. A document's state depends on
 * its content only through the git objects it matches: the content of a main-line revision (approved or a
 * draft awaiting approval), the content at HEAD (a draft committed on another branch), or none of them
 * (uncommitted edits). So the state stays when it already was "uncommitted edits" and the new bytes match
 * none of those objects either; a preview may then show the new body with the page's history unchanged.
 */
public final class UncommittedEdit {

    private UncommittedEdit() {
    }

    /**
     * @param documentsDir where the documents live (history was read from the repository at or above it)
     * @param history      what the last reading of history said of the document
     * @param content      the document's new bytes
     * @return true when a fresh reading would give the document the same state and findings, for the same front matter
     */
    public static boolean keepsState(Path documentsDir, DocumentHistory history, byte[] content) {
        if (history.state() != ContentState.DRAFT_UNCOMMITTED) {
            return false;
        }
        Set<String> ids = WorkTreeDocuments.contentIds(content);
        for (Revision revision : history.revisions()) {
            if (ids.contains(revision.blobId())) {
                return false;
            }
        }
        try {
            return headBlob(documentsDir, history.path()).map(head -> !ids.contains(head)).orElse(true);
        } catch (IOException e) {
            return false; // the full build says what is wrong with the repository
        }
    }

    private static Optional<String> headBlob(Path documentsDir, String path) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(documentsDir.toAbsolutePath().normalize().toFile());
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            try (TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(head).getTree())) {
                return tree == null ? Optional.empty() : Optional.of(tree.getObjectId(0).name());
            }
        }
    }
}
