package io.github.isms.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Whether an ISMS folder is under git at all, found by walking up from it, and the time of the
 * commit being built. An ISMS folder that the enclosing repository ignores (a copy under
 * {@code target/}, as Maven integration tests make) is not under git: its history is unavailable.
 *
 * @param unavailable why there is no history to read, or null when there is
 * @param headTime    the committer time of HEAD; empty without a repository or commits
 * @param headCommit  the id of HEAD, the commit being built; empty without a repository or commits
 */
public record GitLocation(String unavailable, Optional<Instant> headTime, Optional<String> headCommit) {

    public GitLocation(String unavailable, Optional<Instant> headTime) {
        this(unavailable, headTime, Optional.empty());
    }

    public boolean available() {
        return unavailable == null;
    }

    public static GitLocation of(Path documentsDir) {
        Path dir = documentsDir.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return new GitLocation("no git repository at or above the ISMS folder", Optional.empty());
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return new GitLocation("the git repository has no work tree", Optional.empty());
            }
            String relative = relative(repository.getWorkTree().toPath().toRealPath(), dir);
            if (relative == null) {
                return new GitLocation("the ISMS folder lies outside the git work tree", Optional.empty());
            }
            if (!relative.isEmpty() && ignored(repository, relative)) {
                return new GitLocation("the git repository around the ISMS folder ignores it (" + relative + ")",
                        Optional.empty());
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            return new GitLocation(null, headTime(repository), Optional.ofNullable(head).map(ObjectId::name));
        } catch (IOException | RuntimeException e) {
            return new GitLocation("the git repository could not be read: " + e.getMessage(), Optional.empty());
        }
    }

    private static String relative(Path root, Path dir) throws IOException {
        Path real = Files.exists(dir) ? dir.toRealPath() : dir;
        if (!real.startsWith(root)) {
            return null;
        }
        return root.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
    }

    /* Walks down the path one folder at a time: an ignored folder anywhere above the ISMS ignores it all. */
    private static boolean ignored(Repository repository, String relative) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            FileTreeIterator files = new FileTreeIterator(repository);
            walk.addTree(files);
            walk.setFilter(PathFilter.create(relative));
            while (walk.next()) {
                FileTreeIterator at = walk.getTree(0, FileTreeIterator.class);
                if (at != null && at.isEntryIgnored()) {
                    return true;
                }
                if (walk.isSubtree()) {
                    walk.enterSubtree();
                }
            }
        }
        return false;
    }

    private static Optional<Instant> headTime(Repository repository) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(Instant.ofEpochSecond(walk.parseCommit(head).getCommitTime()));
        }
    }
}
