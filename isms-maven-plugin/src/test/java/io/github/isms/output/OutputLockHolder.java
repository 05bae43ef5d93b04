package io.github.isms.output;

import java.nio.file.Path;
import java.time.Duration;

/** A second process for {@link OutputLockTest}: locks the output folder given, says so, and holds it until killed. */
public final class OutputLockHolder {

    public static void main(String[] args) throws Exception {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]), Duration.ZERO).orElseThrow();
        System.out.println("locked " + lock);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
