package io.github.isms.fuzz;

import java.util.Random;

/**
 * Runs a fuzz body many times, each with its own random source derived from one seed, so that a
 * failure is reproduced by its seed. A short run belongs to every build and uses a fixed seed, so a
 * build passes or fails the same way every time; a long one is asked for with
 * {@code -Disms.fuzz.iterations=20000}, and {@code -Disms.fuzz.seed=} explores other inputs or repeats a
 * failed run.
 */
public final class Fuzz {

    /** The seed of every build's short run. */
    static final long DEFAULT_SEED = 20261205L;

    /** One attempt: its random source and its number. */
    @FunctionalInterface
    public interface Body {
        void run(Random random, int iteration) throws Exception;
    }

    private Fuzz() {
    }

    /** Runs {@code body} {@code quickIterations} times, or as many as {@code isms.fuzz.iterations} says. */
    public static void run(int quickIterations, Body body) {
        long seed = Long.getLong("isms.fuzz.seed", DEFAULT_SEED);
        int iterations = Integer.getInteger("isms.fuzz.iterations", quickIterations);
        for (int i = 0; i < iterations; i++) {
            try {
                body.run(new Random(seed * 31 + i), i);
            } catch (Exception | AssertionError | StackOverflowError e) {
                throw new AssertionError("fuzz iteration " + i + " failed; repeat it with -Disms.fuzz.seed=" + seed
                        + " -Disms.fuzz.iterations=" + (i + 1) + ": " + e, e);
            }
        }
    }
}
