package io.github.isms.history;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The approval branch's first-parent line, oldest first, cut at the commit being built so that two
 * builds of the same commit see the same history however far the branch has moved on since.
 */
final class MainLine {

    private final RevWalk walk;
    private final List<RevCommit> commits;
    private final String description;
    private final RevFlag attributed;
    private final boolean branchFound;

    private MainLine(RevWalk walk, List<RevCommit> commits, String description, boolean branchFound) {
        this.walk = walk;
        this.commits = commits;
        this.description = description;
        this.branchFound = branchFound;
        this.attributed = walk.newFlag("attributed");
        for (RevCommit commit : commits) {
            commit.add(attributed);
        }
    }

    /** Oldest first; empty when the commit being built shares no history with the approval branch. */
    List<RevCommit> commits() {
        return commits;
    }

    String description() {
        return description;
    }

    /**
     * False when the approval branch is not in the repository and the line is HEAD's own: then it is not the
     * record, and nothing on it counts as approved.
     */
    boolean branchFound() {
        return branchFound;
    }

    /**
     * The side-branch commits a main-line merge brought in. Call in main-line order, oldest first: a
     * commit belongs to the first merge that reached it, so later merges stop where earlier ones went.
     */
    List<RevCommit> broughtInBy(RevCommit mainLineCommit) throws IOException {
        List<RevCommit> side = new ArrayList<>();
        Deque<RevCommit> pending = new ArrayDeque<>();
        for (int i = 1; i < mainLineCommit.getParentCount(); i++) {
            pending.add(mainLineCommit.getParent(i));
        }
        while (!pending.isEmpty()) {
            RevCommit commit = pending.poll();
            if (commit.has(attributed)) {
                continue;
            }
            commit.add(attributed);
            walk.parseHeaders(commit);
            side.add(commit);
            for (RevCommit parent : commit.getParents()) {
                pending.add(parent);
            }
        }
        return side;
    }

    static MainLine read(Repository repository, RevWalk walk, String branch, ObjectId head) throws IOException {
        RevCommit headCommit = walk.parseCommit(head);
        String building = building(repository, headCommit);
        List<Ref> candidates = candidateRefs(repository, branch);
        if (candidates.isEmpty()) {
            List<RevCommit> line = firstParentLine(walk, headCommit);
            return new MainLine(walk, line, "approval branch '" + branch + "' not found; history read from the "
                    + "first-parent line of HEAD (" + building + "), and no change on it counts as approved", false);
        }
        List<RevCommit> chosenLine = null;
        Ref chosen = null;
        for (Ref ref : candidates) {
            List<RevCommit> line = firstParentLine(walk, walk.parseCommit(ref.getObjectId()));
            if (chosenLine == null || line.contains(headCommit)) {
                chosenLine = line;
                chosen = ref;
                if (line.contains(headCommit)) {
                    break;
                }
            }
        }
        int cut = cutAt(walk, chosenLine, headCommit);
        List<RevCommit> line = chosenLine.subList(0, cut + 1);
        String asOf = line.isEmpty() ? "no common history with HEAD"
                : line.get(line.size() - 1).equals(chosenLine.get(chosenLine.size() - 1))
                        ? "at " + abbreviate(chosenLine.get(chosenLine.size() - 1))
                        : "as of " + abbreviate(line.get(line.size() - 1)) + " (tip " + abbreviate(
                                chosenLine.get(chosenLine.size() - 1)) + ")";
        return new MainLine(walk, new ArrayList<>(line),
                "history of " + chosen.getName() + " " + asOf + "; building " + building, true);
    }

    private static List<Ref> candidateRefs(Repository repository, String branch) throws IOException {
        List<String> names = branch.startsWith("refs/") ? List.of(branch)
                : List.of("refs/heads/" + branch, "refs/remotes/origin/" + branch);
        List<Ref> refs = new ArrayList<>();
        for (String name : names) {
            Ref ref = repository.exactRef(name);
            if (ref != null && ref.getObjectId() != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static String building(Repository repository, RevCommit head) throws IOException {
        String full = repository.getFullBranch();
        if (full != null && full.startsWith("refs/heads/")) {
            return "branch " + Repository.shortenRefName(full) + " at " + abbreviate(head);
        }
        return "detached HEAD at " + abbreviate(head);
    }

    private static List<RevCommit> firstParentLine(RevWalk walk, RevCommit tip) throws IOException {
        List<RevCommit> line = new ArrayList<>();
        RevCommit commit = tip;
        while (true) {
            walk.parseHeaders(commit);
            line.add(commit);
            if (commit.getParentCount() == 0) {
                break;
            }
            commit = commit.getParent(0);
        }
        Collections.reverse(line);
        return line;
    }

    /**
     * The index of the newest main-line commit the head contains: the head itself when it is on the line,
     * else the newest one reached from the head's own commits (a branch build).
     */
    private static int cutAt(RevWalk walk, List<RevCommit> line, RevCommit head) throws IOException {
        Map<AnyObjectId, Integer> index = new HashMap<>();
        for (int i = 0; i < line.size(); i++) {
            index.put(line.get(i), i);
        }
        Integer direct = index.get(head);
        if (direct != null) {
            return direct;
        }
        RevFlag seen = walk.newFlag("seen-from-head");
        int newest = -1;
        Deque<RevCommit> pending = new ArrayDeque<>(List.of(head));
        while (!pending.isEmpty()) {
            RevCommit commit = pending.poll();
            if (commit.has(seen)) {
                continue;
            }
            commit.add(seen);
            Integer at = index.get(commit);
            if (at != null) {
                newest = Math.max(newest, at);
                continue;
            }
            walk.parseHeaders(commit);
            Collections.addAll(pending, commit.getParents());
        }
        walk.disposeFlag(seen);
        return newest;
    }

    static String abbreviate(AnyObjectId id) {
        return id.name().substring(0, 12);
    }
}
