package io.github.isms.changes;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.history.VersionOrder;
import io.github.isms.model.Version;
import java.util.Optional;

/**
 * The version rules of document control, applied to one change of a pull request: changed content needs a
 * new version, versions never go down (the codes history uses), and a new version is the next minor or
 * the next major one.
 */
final class VersionRules {

    private final boolean requireVersionBump;
    private final Diagnostics diagnostics;

    VersionRules(boolean requireVersionBump, Diagnostics diagnostics) {
        this.requireVersionBump = requireVersionBump;
        this.diagnostics = diagnostics;
    }

    /** Judges an edit of a document that existed at the base, reporting at {@code at}. */
    VersionBump judge(String id, String before, String after, boolean edited, SourcePosition at) {
        if (before == null || after == null) {
            return VersionBump.UNKNOWN;
        }
        if (before.equals(after)) {
            if (edited) {
                diagnostics.report(requireVersionBump ? Severity.ERROR : Severity.WARNING, Code.VERSION_NOT_CHANGED, at,
                        id + ": content changed in this pull request but version stayed " + before + "; raise it"
                                + suggestion(before));
            }
            return VersionBump.NONE;
        }
        if (VersionOrder.INSTANCE.compare(after, before) < 0) {
            diagnostics.report(Code.VERSION_DECREASED, at, id + ": version went down from " + before + " to " + after);
            return VersionBump.DOWN;
        }
        Optional<Version> old = Version.parse(before);
        Optional<Version> now = Version.parse(after);
        if (old.isEmpty() || now.isEmpty()) {
            return VersionBump.UNKNOWN; // VERSION_FORMAT says what is wrong with the new one
        }
        boolean major = now.get().major() > old.get().major();
        Version expected = major ? new Version(old.get().major() + 1, 0)
                : new Version(old.get().major(), old.get().minor() + 1);
        if (!now.get().equals(expected)) {
            diagnostics.report(Code.VERSION_SKIPPED, at, id + ": version goes from " + before + " to " + after
                    + "; the next " + (major ? "major" : "minor") + " version is " + expected);
        }
        return major ? VersionBump.MAJOR : VersionBump.MINOR;
    }

    private static String suggestion(String version) {
        return Version.parse(version)
                .map(v -> " to " + new Version(v.major(), v.minor() + 1) + " (minor change) or "
                        + new Version(v.major() + 1, 0) + " (major change)")
                .orElse("");
    }
}
