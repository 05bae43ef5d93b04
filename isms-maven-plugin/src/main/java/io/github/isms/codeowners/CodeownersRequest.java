package io.github.isms.codeowners;

import io.github.isms.source.SourceLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What isms:codeowners is asked to do.
 *
 * @param layout         where the ISMS sources lie
 * @param repositoryRoot the folder CODEOWNERS patterns are relative to: the git work tree's root
 * @param file           the CODEOWNERS file to write
 * @param force          replace a CODEOWNERS file that isms:codeowners did not write
 */
public record CodeownersRequest(SourceLayout layout, Path repositoryRoot, Path file, boolean force) {

    public CodeownersRequest {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        file = file.toAbsolutePath().normalize();
    }

    /**
     * The root of the git work tree holding {@code projectDir} (the nearest folder with a {@code .git}
     * folder or file, so worktrees and submodules count), or {@code projectDir} itself outside git.
     */
    public static Path repositoryRootOf(Path projectDir) {
        Path start = projectDir.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }

    /** The file GitHub reads first: {@code .github/CODEOWNERS} at the repository root. */
    public static Path defaultFile(Path repositoryRoot) {
        return repositoryRoot.resolve(".github").resolve("CODEOWNERS");
    }
}
