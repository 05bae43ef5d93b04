package io.github.isms.platform;

import io.github.isms.history.ApprovalNote;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** One platform's REST API, asked which request produced a main-line commit and who approved it. */
public interface PlatformClient {

    /**
     * The note for the pull or merge request that produced {@code commit} on the approval branch (its merge
     * commit, squash commit or rebased tip); empty when no request did (a direct push).
     *
     * @param committedAt when the commit was made; the platform's index of very fresh merges may lag
     */
    Optional<ApprovalNote> requestThatMade(String commit, Instant committedAt) throws PlatformException;

    static PlatformClient of(PlatformAccess access, Clock clock, Sleeper sleeper) {
        return switch (access.platform()) {
            case GITHUB -> new GitHubClient(access, clock, sleeper);
            case GITLAB -> new GitLabClient(access, clock, sleeper);
        };
    }
}
