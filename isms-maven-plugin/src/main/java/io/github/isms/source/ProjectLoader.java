package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads an ISMS from its folders: isms.yaml, then every {@code *.md} below the documents folder
 * in path order. Reading never stops at the first problem; everything found is in the diagnostics.
 */
public final class ProjectLoader {

    private final SourceLayout layout;
    private final SourceReader reader;
    private final SourceMemory memory;

    public ProjectLoader(SourceLayout layout) {
        this(layout, SourceMemory.none());
    }

    /** A loader that reads and parses again only the files changed since the loads that filled {@code memory}. */
    public ProjectLoader(SourceLayout layout, SourceMemory memory) {
        this.layout = layout;
        this.memory = memory;
        this.reader = new SourceReader(layout.projectDir(), layout.ismsDir(), layout.maxFileBytes(), memory);
    }

    public SourceReader reader() {
        return reader;
    }

    public IsmsProject load(Diagnostics diagnostics) {
        Path configFile = layout.ismsDir().resolve("isms.yaml");
        IsmsConfig config;
        SourcePosition configAt = SourcePosition.file(reader.relativePath(configFile));
        if (Files.exists(configFile, LinkOption.NOFOLLOW_LINKS)) {
            config = reader.read(configFile, diagnostics)
                    .map(file -> ConfigReader.read(file, diagnostics))
                    .orElseGet(() -> ConfigReader.fallback(configAt));
        } else {
            diagnostics.report(Code.CONFIG_MISSING, configAt,
                    "isms.yaml not found; create it with the organisation, roles and defaults (or run isms:init)");
            config = ConfigReader.fallback(configAt);
        }
        // Files are independent: read and parse them in parallel, each with its own diagnostics,
        // then keep documents and diagnostics in path order, as a single pass would.
        IsmsConfig settled = config;
        memory.configure(settled);
        List<Path> files = markdownFiles(diagnostics);
        List<Loaded> loaded = files.parallelStream().map(file -> load(file, settled)).toList();
        List<Path> read = new ArrayList<>(files);
        read.add(configFile);
        memory.retain(read);
        List<Document> documents = new ArrayList<>();
        for (Loaded file : loaded) {
            diagnostics.addAll(file.diagnostics().all());
            file.document().ifPresent(documents::add);
        }
        return new IsmsProject(layout.projectDir(), layout.ismsDir(), config, List.copyOf(documents));
    }

    /** One document file read again as {@link #load} reads each of them, its problems reported into {@code diagnostics}. */
    public Optional<Document> loadDocument(Path file, IsmsConfig config, Diagnostics diagnostics) {
        Loaded loaded = load(file, config);
        diagnostics.addAll(loaded.diagnostics().all());
        return loaded.document();
    }

    private Loaded load(Path file, IsmsConfig config) {
        Diagnostics reading = new Diagnostics();
        String relative = layout.documentsDir().relativize(file).toString().replace('\\', '/');
        Optional<SourceFile> source = reader.read(file, reading);
        if (source.isEmpty()) {
            return new Loaded(Optional.empty(), reading);
        }
        Optional<Loaded> remembered = memory.document(source.get(), relative);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = new Loaded(new DocumentReader(config, diagnostics).read(source.get(), relative), diagnostics);
        memory.keep(source.get(), relative, loaded);
        return loaded;
    }

    /** One file's document, if it is one, and what reading it found; the diagnostics are not added to after this. */
    record Loaded(Optional<Document> document, Diagnostics diagnostics) {
    }

    private List<Path> markdownFiles(Diagnostics diagnostics) {
        Path root = layout.documentsDir();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted().forEach(path -> {
                if (Files.isSymbolicLink(path)) {
                    // A link is only followed when it stays inside the ISMS; the reader refuses the others by name.
                    if (path.getFileName().toString().endsWith(".md") || !insideIsms(path)) {
                        files.add(path);
                    }
                } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".md")) {
                    files.add(path);
                }
            });
        } catch (IOException e) {
            diagnostics.report(Code.FILE_UNREADABLE, SourcePosition.file(reader.relativePath(root)),
                    "the documents folder can not be listed: " + e.getMessage());
        }
        return files;
    }

    private boolean insideIsms(Path link) {
        return new SourceFolder(layout.ismsDir()).locate(link).inside();
    }
}
