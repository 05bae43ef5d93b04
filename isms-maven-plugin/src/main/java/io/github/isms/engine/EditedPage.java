package io.github.isms.engine;

import io.github.isms.diag.Diagnostics;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.UncommittedEdit;
import io.github.isms.model.Document;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.render.RenderedDocument;
import io.github.isms.source.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One document's page after an edit of its body alone, laid out from the last build's model, chrome and theme.
 * It is exactly the page the next build writes when nothing but the body changed in a way no other part of that
 * page depends on: the front matter is the same (so the summary, the revision table and every other page's view of
 * the document are), the headings are the same (the contents list, and the anchors other documents link to), the
 * body uses no asset the site does not carry yet (see {@link io.github.isms.site.SiteBuilder#documentPage}), rendering it finds no error, and git history gives the document
 * the state it had (an edit that turns an approved document into a draft changes its page's history, and waits
 * for the build). Anything else returns empty, and the full build alone updates the site.
 *
 * @param path where the page goes, relative to the site root
 */
record EditedPage(String path, String html) {

    static Optional<EditedPage> of(LastBuild last, Path changed) {
        Path documentsDir = last.request().layout().documentsDir().toAbsolutePath().normalize();
        Path file = changed.toAbsolutePath().normalize();
        Optional<Document> before = last.project().documents().stream()
                .filter(d -> documentsDir.resolve(d.relativePath()).normalize().equals(file)).findFirst();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Document> after = new ProjectLoader(last.request().layout()).loadDocument(file, last.project().config(), diagnostics);
        if (diagnostics.hasErrors() || after.isEmpty() || !after.get().withBody(before.get().body()).equals(before.get())
                || !historyKept(last, documentsDir, after.get().id(), file)) {
            return Optional.empty();
        }
        RenderedDocument was = last.inputs().body(before.get().id());
        RenderedDocument body = new DocumentRenderer().renderOne(last.project().withDocument(after.get()), after.get(),
                last.inputs().bodies(), last.targets(), diagnostics);
        if (diagnostics.hasErrors() || !body.headings().equals(was.headings())) {
            return Optional.empty();
        }
        return last.builder().documentPage(body.id(), body).map(page -> new EditedPage(page.path(), page.html()));
    }

    /*
     * Without git history the content plays no part in the page's history; with it, the state must stay. Git names
     * contents by their exact bytes, so the file is read as bytes here, apart from the loader's decoded text.
     */
    private static boolean historyKept(LastBuild last, Path documentsDir, String id, Path file) {
        if (last.history() == null) {
            return true;
        }
        DocumentHistory history = last.history().document(id).orElse(null);
        try {
            return history != null && UncommittedEdit.keepsState(documentsDir, history, Files.readAllBytes(file));
        } catch (IOException e) {
            return false; // gone again: the full build says what happened
        }
    }

    /**
     * Replaces the served page in one step (a reader never gets half a page), through a temporary file in
     * {@code workDir}, on the same file system as the site.
     */
    void writeInto(Path siteDir, Path workDir) throws IOException {
        Path target = siteDir.resolve(path).normalize();
        if (!target.startsWith(siteDir.normalize())) {
            throw new IOException("page path leaves the site: " + path);
        }
        Files.createDirectories(workDir);
        Path temporary = Files.createTempFile(workDir, "page", ".tmp");
        try {
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
