package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import java.time.Duration;

/** What a running {@code isms:serve} tells its goal, for the log (and a benchmark that times it). */
@FunctionalInterface
public interface PreviewEvents {

    /** A build finished, with its result and how long it took; called on the thread that built. */
    void built(CheckResult result, Duration took);

    /** An edited document's page was updated at once ({@code page} relative to the site root); its full build follows. */
    default void pageUpdated(String page, Duration took) {
    }
}
