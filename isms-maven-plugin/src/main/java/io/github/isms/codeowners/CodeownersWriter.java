package io.github.isms.codeowners;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.check.CheckResult;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Loads and checks the ISMS, then writes its CODEOWNERS file. An ISMS with errors gets no file
 * (a wrong owner list is worse than an old one), and a CODEOWNERS file written by hand is only
 * replaced when forced. The file is written beside its target and renamed over it, so readers
 * never see half of it.
 */
public final class CodeownersWriter {

    /**
     * @param project     the ISMS, loaded and checked by the engine
     * @param files       the reader that loaded it (for project-relative paths)
     * @param diagnostics what loading and checking found so far; the rules' own problems are added
     */
    public CodeownersResult write(CodeownersRequest request, IsmsProject project, SourceReader files, Diagnostics diagnostics) {
        List<CodeownersRule> rules = Codeowners.rules(project, request.repositoryRoot(), request.file(), diagnostics);
        if (!request.force() && handWritten(request.file())) {
            diagnostics.report(Code.CODEOWNERS_HAND_WRITTEN, SourcePosition.file(files.relativePath(request.file())),
                    "exists and does not start with the isms:codeowners header; it is kept (-Disms.force=true replaces it,"
                            + " or point isms.codeownersFile elsewhere)");
        }
        if (diagnostics.hasErrors()) {
            return new CodeownersResult(new CheckResult(project, diagnostics.all()), List.of(), false);
        }
        replace(request.file(), Codeowners.render(rules));
        return new CodeownersResult(new CheckResult(project, diagnostics.all()), rules, true);
    }

    private static boolean handWritten(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return !Files.readString(file, StandardCharsets.UTF_8).startsWith(Codeowners.HEADER);
        } catch (IOException e) {
            return true; // unreadable or not UTF-8: certainly not ours
        }
    }

    private static void replace(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".CODEOWNERS-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can not write " + file, e);
        }
    }
}
