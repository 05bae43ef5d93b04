package io.github.isms.init;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts a new ISMS from the policy-templates set. Either every file is written or none: the
 * files are staged in a temporary folder next to the ISMS folder (same file system, so moves are
 * renames), and only then moved into place. Existing files are never overwritten unless forced;
 * every one of them is reported, not only the first.
 *
 * <p>Document bodies are copied as they are: their {@code {{ org.name }}} placeholders are filled
 * in by the site build, so a renamed organisation needs no edit. Only isms.yaml gets values now.
 */
public final class Initializer {

    private final TemplateSet templates;

    public Initializer(TemplateSet templates) {
        this.templates = templates;
    }

    public InitResult init(InitRequest request) {
        SourceReader paths = new SourceReader(request.layout().projectDir(), request.layout().ismsDir(), 0);
        Diagnostics diagnostics = new Diagnostics();
        List<Path> existing = new ArrayList<>();
        for (TemplateFile file : templates.files()) {
            Path target = request.target(file);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(target);
                if (!request.force()) {
                    diagnostics.report(Code.INIT_FILE_EXISTS, SourcePosition.file(paths.relativePath(target)),
                            "already exists; isms:init never overwrites a file (-Disms.force=true replaces it)");
                }
            }
        }
        if (diagnostics.hasErrors()) {
            return new InitResult(List.of(), diagnostics.all());
        }
        try {
            install(request, existing);
        } catch (IOException e) {
            throw new UncheckedIOException("isms:init could not write the new ISMS (the files it had added are removed again): " + e.getMessage(), e);
        }
        List<String> written = templates.files().stream().map(f -> paths.relativePath(request.target(f))).toList();
        return new InitResult(written, diagnostics.all());
    }

    private void install(InitRequest request, List<Path> existing) throws IOException {
        Path ismsDir = request.layout().ismsDir();
        Files.createDirectories(ismsDir.getParent());
        Path stage = Files.createTempDirectory(ismsDir.getParent(), ".isms-init-");
        try {
            Path tree = stage.resolve("isms");
            for (TemplateFile file : templates.files()) {
                Path staged = tree.resolve(file.path());
                Files.createDirectories(staged.getParent());
                Files.writeString(staged, content(file, request), StandardCharsets.UTF_8);
            }
            boolean standardLayout = request.layout().documentsDir().equals(ismsDir.resolve("documents"));
            if (!Files.exists(ismsDir, LinkOption.NOFOLLOW_LINKS) && standardLayout) {
                // The usual case, a project without an ISMS: one rename, so the folder appears whole or not at all.
                Files.move(tree, ismsDir, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveEach(request, tree, existing);
            }
        } finally {
            deleteTree(stage);
        }
    }

    /**
     * Moves file by file into an existing folder. A failure part-way removes the files this run
     * had added, so the folder is as it was (files replaced under force stay replaced).
     */
    private void moveEach(InitRequest request, Path tree, List<Path> existing) throws IOException {
        List<Path> added = new ArrayList<>();
        try {
            for (TemplateFile file : templates.files()) {
                Path target = request.target(file);
                Files.createDirectories(target.getParent());
                Files.move(tree.resolve(file.path()), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                if (!existing.contains(target)) {
                    added.add(target);
                }
            }
        } catch (IOException e) {
            for (Path path : added) {
                Files.deleteIfExists(path);
            }
            throw e;
        }
    }

    private static String content(TemplateFile file, InitRequest request) {
        if (!file.path().equals("isms.yaml")) {
            return file.text();
        }
        return file.text()
                .replace("${organization}", yamlQuoted(request.organization()))
                .replace("${framework}", request.framework());
    }

    /** A double-quoted YAML scalar, so that a name like {@code Smith & Sons: "Ltd"} stays one string. */
    static String yamlQuoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
