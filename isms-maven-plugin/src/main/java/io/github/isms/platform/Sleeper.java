package io.github.isms.platform;

import java.time.Duration;

/** How the clients wait out a rate limit or a retry; tests hand in one that only counts. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
