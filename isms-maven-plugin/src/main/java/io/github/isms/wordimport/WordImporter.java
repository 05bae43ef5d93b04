package io.github.isms.wordimport;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.IsmsConfig;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Imports Word files into the ISMS: each {@code .docx} becomes
 * {@code <documents>/imported/<ID>.md} with its images under {@code assets/<ID>/}. A file that can
 * not be read, or whose document or images exist already, is reported in one line and skipped;
 * the others still import. Nothing is ever overwritten, and nothing is written outside the ISMS folder.
 */
public final class WordImporter {

    /** Where imported documents go, inside the documents folder: they are found and moved from there. */
    public static final String FOLDER = "imported";

    public ImportResult run(ImportRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        List<ImportedFile> files = new ArrayList<>();
        IsmsConfig config = config(request.layout());
        for (Path file : wordFiles(request, diagnostics)) {
            files.add(importOne(file, request, config, diagnostics));
        }
        return new ImportResult(files, diagnostics.all());
    }

    private static IsmsConfig config(SourceLayout layout) {
        try {
            return new ProjectLoader(layout).load(new Diagnostics()).config();
        } catch (RuntimeException e) {
            // Without a readable isms.yaml roles and classifications are unknown: they become TODO.
            return null;
        }
    }

    private static List<Path> wordFiles(ImportRequest request, Diagnostics diagnostics) {
        Path from = request.from();
        if (Files.isDirectory(from)) {
            try (Stream<Path> listed = Files.list(from)) {
                return listed.filter(Files::isRegularFile).filter(WordPackage::looksLikeWord).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.isRegularFile(from)) {
            diagnostics.report(Code.IMPORT_UNREADABLE, SourcePosition.file(name(from, request.layout())),
                    "no such file or folder; name a .docx file or a folder of them with -Disms.from=...");
            return List.of();
        }
        return List.of(from);
    }

    private ImportedFile importOne(Path file, ImportRequest request, IsmsConfig config, Diagnostics diagnostics) {
        SourceLayout layout = request.layout();
        String source = name(file, layout);
        SourcePosition at = SourcePosition.file(source);
        try (XWPFDocument document = WordPackage.open(file, request.limits())) {
            WordBody scan = WordBody.scan(document, request.limits());
            FrontMatterDraft front = FrontMatterDraft.of(new FrontMatterDraft.Found(scan.control(), properties(document),
                    scan.firstHeading(), file.getFileName().toString()), config);
            Path target = layout.documentsDir().resolve(FOLDER).resolve(front.id() + ".md").normalize();
            Path assets = layout.ismsDir().resolve("assets").resolve(front.id()).normalize();
            if (!target.startsWith(layout.ismsDir()) || !assets.startsWith(layout.ismsDir())) {
                throw new IllegalStateException("an id that leaves the ISMS folder: " + front.id());
            }
            if (Files.exists(target)) {
                diagnostics.report(Code.IMPORT_TARGET_EXISTS, at, name(target, layout) + " exists already; it is not overwritten"
                        + " (move or delete it to import " + front.id() + " again)");
                return new ImportedFile(source, front.id(), null, 0);
            }
            WordBody body = WordBody.convert(document, front.id(), request.limits());
            for (WordBody.Image image : body.images()) {
                Path path = layout.ismsDir().resolve("assets").resolve(image.assetPath()).normalize();
                if (Files.exists(path)) {
                    diagnostics.report(Code.IMPORT_TARGET_EXISTS, at, name(path, layout) + " exists already; it is not overwritten"
                            + " (move or delete it to import " + front.id() + " again)");
                    return new ImportedFile(source, front.id(), null, 0);
                }
            }
            int warnings = 0;
            if (!front.guessed().isEmpty()) {
                diagnostics.report(Code.IMPORT_GUESSED, at, String.join("; ", front.guessed()));
                warnings++;
            }
            if (body.headings() == 0) {
                diagnostics.report(Code.IMPORT_NO_HEADINGS, at, "the document uses no heading styles; its text is imported as "
                        + "paragraphs (give the section titles the Heading 1, Heading 2, ... styles in Word, or add # headings)");
                warnings++;
            }
            if (!body.dropped().isEmpty()) {
                diagnostics.report(Code.IMPORT_DROPPED, at, "not carried over: " + body.dropped().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
                warnings++;
            }
            write(target, "---\n" + front.yaml() + "---\n\n" + body.markdown(), body.images(), layout);
            return new ImportedFile(source, front.id(), name(target, layout), warnings);
        } catch (UncheckedIOException e) {
            // Writing into the ISMS failed: that is no fault of the Word file.
            throw e;
        } catch (WordPackage.Refused e) {
            diagnostics.report(Code.IMPORT_UNREADABLE, at, e.getMessage());
            return new ImportedFile(source, null, null, 0);
        } catch (IOException | RuntimeException e) {
            // POI reads lazily: a damaged part may only show while the body is walked.
            diagnostics.report(Code.IMPORT_UNREADABLE, at, "the .docx package is damaged and can not be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
            return new ImportedFile(source, null, null, 0);
        }
    }

    private static Map<String, String> properties(XWPFDocument document) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        put(found, "title", core.getTitle());
        put(found, "id", core.getIdentifier());
        put(found, "type", core.getCategory());
        var custom = properties.getCustomProperties();
        for (String name : List.of("Classification", "Document ID", "Version", "Owner", "Approved by", "Effective date", "Review")) {
            var property = custom.getProperty(name);
            if (property != null && property.getLpwstr() != null) {
                ControlFields.keyOf(name).ifPresent(key -> put(found, key, property.getLpwstr()));
            }
        }
        return found;
    }

    private static void put(Map<String, String> found, String key, String value) {
        if (value != null && !value.isBlank()) {
            found.put(key, value.strip());
        }
    }

    /** The images, then the document; a failure removes what this file wrote. */
    private static void write(Path target, String markdown, List<WordBody.Image> images, SourceLayout layout) {
        List<Path> written = new ArrayList<>();
        try {
            for (WordBody.Image image : images) {
                Path path = layout.ismsDir().resolve("assets").resolve(image.assetPath()).normalize();
                Files.createDirectories(path.getParent());
                Files.write(path, image.bytes(), StandardOpenOption.CREATE_NEW);
                written.add(path);
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            for (Path path : written) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
            throw new UncheckedIOException(e);
        }
    }

    /** A file's name as the log shows it: relative to the project when inside it. */
    private static String name(Path file, SourceLayout layout) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(layout.projectDir()) ? layout.projectDir().relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
