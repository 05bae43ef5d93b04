package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Records, for the approval branch's first-parent line, which request produced each commit and who approved
 * it, as notes under {@value NoteWriter#REF}. The line is walked from its tip back to the newest commit an
 * earlier run noted (everything older was examined then), so a run asks the platform only about what
 * landed since. All notes are collected first and written in one commit at the end: a run that fails on
 * the way writes none. Nothing is pushed.
 */
public final class ApprovalRecorder {

    /** The notes ref written. */
    public static final String NOTES_REF = NoteWriter.REF;

    private final File gitDir;
    private final String branchRef;

    private ApprovalRecorder(File gitDir, String branchRef) {
        this.gitDir = gitDir;
        this.branchRef = branchRef;
    }

    /** A commit noted in this run. */
    public record Recorded(String commit, ApprovalNote note) {
    }

    /** A commit that no request produced: a direct push, or a commit a rebase merge brought in below its tip. */
    public record Unrequested(String commit, String subject) {
    }

    /**
     * What a run did.
     *
     * @param branch         the ref whose line was read, e.g. {@code refs/remotes/origin/main}
     * @param recorded       the commits noted now, oldest first
     * @param withoutRequest the commits that got no note, oldest first
     * @param recordedBefore the newest commit an earlier run had noted, where the walk stopped; null for none
     * @param written        whether the notes ref moved (false when there was nothing to note)
     */
    public record Recording(String branch, List<Recorded> recorded, List<Unrequested> withoutRequest,
                            String recordedBefore, boolean written) {

        /** What the run did, a line each, for the build log. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("isms:record-approvals: " + (recorded.size() + withoutRequest.size()) + " commit(s) of "
                    + Repository.shortenRefName(branch) + (recordedBefore == null ? " examined"
                            : " since " + abbreviate(recordedBefore) + " (recorded before) examined"));
            for (Recorded note : recorded) {
                ApprovalNote.Request request = note.note().request();
                lines.add("  " + abbreviate(note.commit()) + " " + ("gitlab".equals(note.note().platform())
                        ? "merge request !" : "pull request #") + request.number() + " (" + request.url() + "): "
                        + note.note().approvals().stream().filter(a -> "APPROVED".equals(a.state())).count()
                        + " approval(s)");
            }
            for (Unrequested commit : withoutRequest) {
                lines.add("  " + abbreviate(commit.commit()) + " no pull or merge request (a direct push): no note; "
                        + commit.subject());
            }
            lines.add(written ? "isms:record-approvals wrote " + recorded.size() + " note(s) to " + NOTES_REF
                    + "; push it: git push origin " + NOTES_REF : "isms:record-approvals: nothing to note; " + NOTES_REF
                    + " unchanged");
            return lines;
        }

        private static String abbreviate(String commit) {
            return commit.substring(0, 12);
        }
    }

    /**
     * The repository around {@code dir} and its approval branch: {@code refs/heads/<branch>} or
     * {@code refs/remotes/origin/<branch>} (the newer of the two when one contains the other, as a CI
     * checkout may have a stale local branch), or a full ref name. Empty, with a diagnostic, when either is missing.
     */
    public static Optional<ApprovalRecorder> find(Path dir, String branch, Diagnostics diagnostics, SourcePosition at) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            diagnostics.report(Code.RECORD_BRANCH_NOT_FOUND, at, "isms:record-approvals: no git repository at or "
                    + "above the ISMS folder; nothing to record");
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            List<String> names = branch.startsWith("refs/") ? List.of(branch)
                    : List.of("refs/heads/" + branch, "refs/remotes/origin/" + branch);
            Ref chosen = null;
            for (String name : names) {
                Ref ref = repository.exactRef(name);
                if (ref == null || ref.getObjectId() == null) {
                    continue;
                }
                chosen = chosen == null ? ref : newer(walk, chosen, ref);
            }
            if (chosen == null) {
                diagnostics.report(Code.RECORD_BRANCH_NOT_FOUND, at, "isms:record-approvals: the approval branch '"
                        + branch + "' (approval.branch) is not in the repository (looked for " + String.join(", ", names)
                        + "); fetch it first");
                return Optional.empty();
            }
            return Optional.of(new ApprovalRecorder(builder.getGitDir(), chosen.getName()));
        } catch (IOException e) {
            diagnostics.report(Code.RECORD_BRANCH_NOT_FOUND, at, "isms:record-approvals: the git repository can not "
                    + "be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /* The local branch, unless the remote-tracking one is strictly ahead of it. */
    private static Ref newer(RevWalk walk, Ref local, Ref remote) throws IOException {
        return walk.isMergedInto(walk.parseCommit(local.getObjectId()), walk.parseCommit(remote.getObjectId()))
                ? remote : local;
    }

    /** Asks {@code client} about every commit not yet examined; empty, with a diagnostic and no note written, on failure. */
    public Optional<Recording> record(PlatformClient client, Diagnostics diagnostics, SourcePosition at) {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
                RevWalk walk = new RevWalk(repository)) {
            NoteWriter notes = NoteWriter.read(repository);
            Deque<RevCommit> unexamined = new ArrayDeque<>();
            String recordedBefore = null;
            Ref branch = repository.exactRef(branchRef);
            for (RevCommit commit = walk.parseCommit(branch.getObjectId()); commit != null;
                    commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0))) {
                if (notes.hasNote(commit)) {
                    recordedBefore = commit.name();
                    break;
                }
                unexamined.push(commit);
            }
            Map<ObjectId, String> texts = new LinkedHashMap<>();
            List<Recorded> recorded = new ArrayList<>();
            List<Unrequested> withoutRequest = new ArrayList<>();
            for (RevCommit commit : unexamined) {
                Optional<ApprovalNote> note = client.requestThatMade(commit.name(), Instant.ofEpochSecond(commit.getCommitTime()));
                if (note.isPresent()) {
                    texts.put(commit.copy(), note.get().json());
                    recorded.add(new Recorded(commit.name(), note.get()));
                } else {
                    withoutRequest.add(new Unrequested(commit.name(), commit.getShortMessage()));
                }
            }
            if (!texts.isEmpty() && !notes.write(texts)) {
                diagnostics.report(Code.RECORD_NOTES_FAILED, at, "isms:record-approvals: " + NOTES_REF + " changed "
                        + "while this run read the platform (another run recorded meanwhile); no note written, run again");
                return Optional.empty();
            }
            return Optional.of(new Recording(branchRef, recorded, withoutRequest, recordedBefore, !texts.isEmpty()));
        } catch (PlatformException e) {
            diagnostics.report(Code.PLATFORM_REQUEST_FAILED, at, "isms:record-approvals: " + e.getMessage()
                    + "; no note written");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Code.RECORD_NOTES_FAILED, at, "isms:record-approvals: the git repository can not be "
                    + "read or written: " + e.getMessage() + "; no note written");
            return Optional.empty();
        }
    }
}
