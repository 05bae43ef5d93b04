package io.github.isms.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What counts as proof that a person approved a change that reached the approval branch. */
public enum EvidenceKind {
    /** Commit trailers such as {@code Approved-by: Name <email>} (GitLab merge templates write these). */
    TRAILERS,
    /** The author of the merge or squash commit (GitHub with branch protection and CODEOWNERS). */
    MERGER;

    public static Optional<EvidenceKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
