package io.github.isms.testing;

import java.nio.file.Path;

/**
 * Two policies, the second referring to the first: the project the render cache is tried on. Each
 * call gives a fresh document, so a test edits one part ({@code alpha().title("Alpha Rules")}) and
 * keeps the rest.
 */
public final class TwoPolicies {

    private TwoPolicies() {
    }

    /** POL-001, "Alpha Policy", in {@code a.md}. */
    public static TestDocument alpha() {
        return TestDocument.of("POL-001").title("Alpha Policy").body("# Alpha\n\nThe first text.");
    }

    /** POL-002, "Beta Policy", in {@code b.md}: {@code See [[POL-001]].} */
    public static TestDocument beta() {
        return TestDocument.of("POL-002").title("Beta Policy").body("# Beta\n\nSee [[POL-001]].");
    }

    /** A valid project with {@link #alpha()} and {@link #beta()}. */
    public static TestIsms in(Path root) {
        return TestIsms.in(root).document("a.md", alpha()).document("b.md", beta());
    }
}
