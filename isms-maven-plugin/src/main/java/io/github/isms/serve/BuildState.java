package io.github.isms.serve;

import io.github.isms.json.JsonWriter;
import java.util.List;

/**
 * What the open pages need to know about the builds so far.
 *
 * @param build   counts every build, failed ones included: a page waits for it to change
 * @param site    counts the builds that replaced the site: a page whose site number is older reloads
 * @param errors  the last build's diagnostics as {@code path:line:column: CODE message} lines when it failed; empty when it succeeded
 */
public record BuildState(long build, long site, List<String> errors) {

    public BuildState {
        errors = List.copyOf(errors);
    }

    /** Before the first build. */
    public static BuildState initial() {
        return new BuildState(0, 0, List.of());
    }

    /** The state after one more build that succeeded and replaced the site. */
    public BuildState succeeded() {
        return new BuildState(build + 1, site + 1, List.of());
    }

    /** The state after one more build that failed with {@code lines}; the last good site stays. */
    public BuildState failed(List<String> lines) {
        return new BuildState(build + 1, site, lines);
    }

    /** The state as JSON for the page's script. */
    String json() {
        return JsonWriter.compact(this);
    }
}
