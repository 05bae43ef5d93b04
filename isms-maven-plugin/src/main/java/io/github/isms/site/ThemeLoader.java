package io.github.isms.site;

import io.github.isms.source.SourceFolder;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Pebble's way to the project's own templates ({@code theme/<name>.peb}, also through
 * {@code {% include %}} and {@code {% extends %}}): only through {@link SourceFolder}, so a
 * template that is a symbolic link out of the ISMS is refused by name instead of pasting any file
 * of the build machine into a page. A name the theme does not have is left to the built-in
 * templates (Pebble's delegating loader asks the next loader on a {@link LoaderException}).
 */
final class ThemeLoader implements Loader<String> {

    private final SourceFolder folder;
    private final Path themeDir;

    ThemeLoader(SourceFolder folder, Path themeDir) {
        this.folder = folder;
        this.themeDir = themeDir.toAbsolutePath().normalize();
    }

    @Override
    public Reader getReader(String name) {
        Path file = file(name);
        if (file == null) {
            throw new LoaderException(null, "the theme has no template " + name);
        }
        SourceFolder.Place place = folder.locate(file);
        if (place.outside()) {
            throw new OutsideSource(file);
        }
        if (!place.inside() || !Files.isRegularFile(place.real(), LinkOption.NOFOLLOW_LINKS)) {
            throw new LoaderException(null, "the theme has no template " + name);
        }
        try {
            return Files.newBufferedReader(place.real(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read theme file " + file, e);
        }
    }

    /** The theme file a template name stands for when something is there (a link counts), else null. */
    private Path file(String name) {
        Path file = themeDir.resolve(name.endsWith(".peb") ? name : name + ".peb").normalize();
        if (!file.startsWith(themeDir)) {
            throw new OutsideSource(file);
        }
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }

    @Override
    public boolean resourceExists(String name) {
        Path file = file(name);
        return file != null && folder.regularFile(file) != null;
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    /** Names are looked up in the theme folder as written; there are no relative template paths. */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return null;
    }

    @Override
    public void setCharset(String charset) {
        // Theme files are UTF-8, like every ISMS source.
    }

    @Override
    public void setPrefix(String prefix) {
        // The theme folder is the prefix.
    }

    @Override
    public void setSuffix(String suffix) {
        // Always .peb.
    }

    /** A template name that is, or leads through, a symbolic link out of the ISMS folder. */
    static final class OutsideSource extends RuntimeException {
        private final transient Path file;

        OutsideSource(Path file) {
            super("resolves outside the ISMS source folder; links out of the ISMS are refused");
            this.file = file;
        }

        Path file() {
            return file;
        }
    }
}
