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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<String> unknownRoles = request.people().byRole().keySet().stream()
                .filter(role -> !templateRoles().contains(role)).sorted().toList();
        if (!unknownRoles.isEmpty()) {
            throw new IllegalArgumentException("people: no role " + String.join(", ", unknownRoles)
                    + " in the template isms.yaml; its roles are " + String.join(", ", templateRoles()));
        }
        Map<Path, String> projectFiles = projectFiles(request);
        for (Path target : projectFiles.keySet()) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.report(Code.INIT_FILE_EXISTS, SourcePosition.file(paths.relativePath(target)),
                        "already exists; isms:init writes a pom.xml only into a folder without one");
            }
        }
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
            install(request, existing, projectFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("isms:init could not write the new ISMS (the files it had added are removed again): " + e.getMessage(), e);
        }
        List<String> written = new ArrayList<>();
        projectFiles.keySet().forEach(f -> written.add(paths.relativePath(f)));
        templates.files().forEach(f -> written.add(paths.relativePath(request.target(f))));
        return new InitResult(written, diagnostics.all(), nextSteps(request));
    }

    /** A role line of the template isms.yaml, e.g. {@code   CISO: [ciso@example.com]}. */
    private static final java.util.function.Function<String, Pattern> TEMPLATE_ROLE =
            role -> Pattern.compile("(?m)^  " + Pattern.quote(role) + ": \\[[^\\]\\n]*\\]$");

    /** The role names of the template isms.yaml: the indented keys of its {@code roles:} block. */
    private List<String> templateRoles() {
        List<String> roles = new ArrayList<>();
        boolean inRoles = false;
        for (String line : templates.config().text().split("\n")) {
            if (!line.startsWith(" ")) {
                inRoles = line.startsWith("roles:");
                continue;
            }
            Matcher m = Pattern.compile("^  ([A-Za-z][A-Za-z0-9-]*): \\[").matcher(line);
            if (inRoles && m.find()) {
                roles.add(m.group(1));
            }
        }
        return roles;
    }

    /**
     * The files around the ISMS that a new Maven project needs: pom.xml always, and a .gitignore and
     * Maven's JVM options (.mvn/jvm.config) unless the folder has them (they are the user's, and a
     * missing target/ line or option is harmless).
     */
    private static Map<Path, String> projectFiles(InitRequest request) {
        Map<Path, String> files = new LinkedHashMap<>();
        if (request.newProject() != null) {
            Path dir = request.layout().projectDir();
            files.put(dir.resolve("pom.xml"), request.newProject().pom(request.organization()));
            if (!Files.exists(dir.resolve(".gitignore"), LinkOption.NOFOLLOW_LINKS)) {
                files.put(dir.resolve(".gitignore"), NewProject.gitignore());
            }
            if (!Files.exists(dir.resolve(".mvn/jvm.config"), LinkOption.NOFOLLOW_LINKS)) {
                files.put(dir.resolve(".mvn/jvm.config"), NewProject.jvmConfig());
            }
        }
        return files;
    }

    private List<String> nextSteps(InitRequest request) {
        List<String> steps = new ArrayList<>();
        List<String> placeholders = templateRoles().stream().filter(r -> !request.people().byRole().containsKey(r)).toList();
        if (!placeholders.isEmpty()) {
            steps.add("Put the e-mail addresses people commit with under roles: in isms.yaml; still placeholders: "
                    + String.join(", ", placeholders) + " (or run again with -Disms.people=\"CISO=alice@example.com;CEO=bob@example.com\" and -Disms.force=true)");
        }
        steps.add("Check it: mvn verify   (isms:check; the documents are drafts until a pull request approves them)");
        steps.add("Start the record: git init -b main && git add . && git commit -m \"Start the ISMS from the policy templates\"");
        steps.add("Push to GitHub or GitLab, protect main, and change documents through pull requests;"
                + " the approvers' Approved-by: trailers or recorded reviews make a version approved");
        steps.add("See it: mvn isms:site, then open target/isms/site/index.html");
        return steps;
    }

    private void install(InitRequest request, List<Path> existing, Map<Path, String> projectFiles) throws IOException {
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
            Map<Path, Path> stagedProjectFiles = new LinkedHashMap<>();
            for (Map.Entry<Path, String> file : projectFiles.entrySet()) {
                Path staged = stage.resolve(file.getKey().getFileName().toString());
                Files.writeString(staged, file.getValue(), StandardCharsets.UTF_8);
                stagedProjectFiles.put(staged, file.getKey());
            }
            boolean standardLayout = request.layout().documentsDir().equals(ismsDir.resolve("documents"));
            boolean ismsExisted = Files.exists(ismsDir, LinkOption.NOFOLLOW_LINKS);
            if (!Files.exists(ismsDir, LinkOption.NOFOLLOW_LINKS) && standardLayout) {
                // The usual case, a project without an ISMS: one rename, so the folder appears whole or not at all.
                Files.move(tree, ismsDir, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveEach(request, tree, existing);
            }
            moveProjectFiles(stagedProjectFiles, ismsExisted ? null : ismsDir);
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

    /**
     * Moves pom.xml, .gitignore and .mvn/jvm.config into place after the ISMS. If that fails, the ISMS
     * folder this run created is removed again, so the folder is as it was.
     */
    private static void moveProjectFiles(Map<Path, Path> staged, Path createdIsmsDir) throws IOException {
        List<Path> added = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Path parent = file.getValue().getParent();
                if (!Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(parent);
                    added.add(parent); // removed after the files in it, should a later move fail
                }
                Files.move(file.getKey(), file.getValue(), StandardCopyOption.ATOMIC_MOVE);
                added.add(file.getValue());
            }
        } catch (IOException e) {
            for (int i = added.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(added.get(i));
            }
            if (createdIsmsDir != null) {
                deleteTree(createdIsmsDir);
            }
            throw e;
        }
    }

    private static String content(TemplateFile file, InitRequest request) {
        if (!file.path().equals("isms.yaml")) {
            return file.text();
        }
        String text = file.text()
                .replace("${organization}", yamlQuoted(request.organization()))
                .replace("${framework}", request.framework());
        for (Map.Entry<String, List<String>> role : request.people().byRole().entrySet()) {
            text = TEMPLATE_ROLE.apply(role.getKey()).matcher(text)
                    .replaceFirst(Matcher.quoteReplacement("  " + role.getKey() + ": [" + String.join(", ", role.getValue()) + "]"));
        }
        return text;
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
