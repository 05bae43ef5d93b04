package io.github.isms.history;

/** The repository is a shallow clone, so approvals and versions before its boundary are unknown. */
public class ShallowCloneException extends HistoryException {

    public ShallowCloneException(String gitDir) {
        super("The git repository at " + gitDir + " is a shallow clone, so document history is incomplete. "
                + "Fetch the full history: in GitHub Actions set `fetch-depth: 0` on actions/checkout, "
                + "in GitLab CI set the variable `GIT_DEPTH: 0`, locally run `git fetch --unshallow`. "
                + "Or accept a truncated history explicitly (shallow clone mode TRUNCATE).");
    }
}
