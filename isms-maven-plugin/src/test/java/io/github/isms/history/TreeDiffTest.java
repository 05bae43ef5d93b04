package io.github.isms.history;

import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeDiffTest {

    @TempDir
    Path temp;

    @Test
    void theRawTreeDiffFindsExactlyWhatJgitsTreeWalkFinds() throws IOException {
        GitFixture git = GitFixture.init(temp.resolve("repo"));
        git.write("src/isms/documents/a.md", "a").write("src/isms/documents/b.txt", "b")
                .write("src/isms/documents/z/deep/c.md", "c").write("src/isms/other.md", "o");
        git.commit(CAROL, "1");
        git.write("src/isms/documents/a.md", "a2").write("src/isms/documents/b.txt", "b2")
                .write("src/isms/documents/a-b.md", "new").write("src/isms/documents/a.md.bak", "x");
        git.commit(CAROL, "2: modify, add beside a name that sorts around a folder");
        git.git("rm", "-q", "-r", "src/isms/documents/z");
        git.write("src/isms/documents/z", "now a file, not a folder").write("src/isms/documents/Ü/ö.md", "umlaut");
        git.commit(CAROL, "3: a folder becomes a file");
        git.git("rm", "-q", "src/isms/documents/z");
        git.write("src/isms/documents/z/again.md", "folder again").write("src/isms/other.md", "o2");
        git.commit(CAROL, "4: and a folder again; a change outside");
        git.git("rm", "-q", "-r", "src/isms/documents");
        git.commit(CAROL, "5: everything removed");

        try (Repository repository = new FileRepositoryBuilder().findGitDir(git.dir().toFile()).build();
                ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(repository.resolve("HEAD"));
            int compared = 0;
            while (true) {
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                List<String> ours = new ArrayList<>();
                for (TreeDiff.Change change : new TreeDiff(reader).diff(parent == null ? null : parent.getTree(),
                        commit.getTree(), "src/isms/documents/")) {
                    ours.add(change.type() + " " + change.path());
                }
                assertThat(ours).as(commit.getShortMessage()).containsExactlyElementsOf(jgit(reader, parent, commit));
                compared++;
                if (parent == null) {
                    break;
                }
                commit = parent;
            }
            assertThat(compared).isEqualTo(5);
        }
    }

    private static List<String> jgit(ObjectReader reader, RevCommit parent, RevCommit commit) throws IOException {
        try (TreeWalk treeWalk = new TreeWalk(reader)) {
            treeWalk.setRecursive(true);
            treeWalk.setFilter(ChangeReader.documentFilter("src/isms/documents/", true));
            if (parent == null) {
                treeWalk.addTree(new EmptyTreeIterator());
            } else {
                treeWalk.addTree(parent.getTree());
            }
            treeWalk.addTree(commit.getTree());
            List<String> changes = new ArrayList<>();
            for (DiffEntry entry : DiffEntry.scan(treeWalk)) {
                changes.add(entry.getChangeType() + " " + (entry.getChangeType() == DiffEntry.ChangeType.DELETE
                        ? entry.getOldPath() : entry.getNewPath()));
            }
            return changes;
        }
    }
}
