package io.github.isms.site;

import io.github.isms.diag.Code;
import io.github.isms.diag.SourcePosition;
import io.github.isms.i18n.LabelCatalog;
import io.github.isms.i18n.LabelsExtension;
import io.github.isms.model.SitePolicy;
import io.github.isms.source.SourceFolder;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts and static files of the site: the plugin's own, each overridable by name from the
 * project's theme folder ({@code src/isms/theme/document.peb} replaces the document layout,
 * {@code src/isms/theme/style.css} the style sheet). Autoescaping is on: a template inserts
 * pre-rendered HTML only where it says {@code | raw}. Theme files are read through
 * {@link SourceFolder} like every other ISMS file: one that links out of the ISMS is refused.
 */
public final class Theme {

    /** The static files every site carries, under {@code theme/} (the ISMS's own files go to {@code assets/}). */
    public static final List<String> ASSETS = List.of("style.css", "print.css", "search.js", "menu.js", "favicon.svg");

    private static final String BUILT_IN = "io/github/isms/site/theme/";

    private final Path projectDir;
    private final SourceFolder folder;
    private final Path themeDir;
    private final PebbleEngine engine;
    private final LabelCatalog labels;

    /**
     * @param projectDir the project, so that diagnostics name theme files relative to it
     * @param isms       the ISMS folder; the theme is its {@code theme/}
     */
    public Theme(Path projectDir, SourceFolder isms) {
        this(projectDir, isms, new LabelCatalog(SitePolicy.DEFAULT_LANGUAGE, isms));
    }

    /**
     * @param projectDir the project, so that diagnostics name theme files relative to it
     * @param isms       the ISMS folder; the theme is its {@code theme/}
     * @param labels     the words of each page's language, the theme's {@code labels_<lang>.properties} over the built-in ones
     */
    public Theme(Path projectDir, SourceFolder isms, LabelCatalog labels) {
        this.labels = labels;
        this.projectDir = projectDir;
        this.folder = isms;
        this.themeDir = isms.root().resolve("theme");
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.exists(themeDir, LinkOption.NOFOLLOW_LINKS)) {
            loaders.add(new ThemeLoader(isms, themeDir));
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        builtIn.setSuffix(".peb");
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .extension(new LabelsExtension())
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    /**
     * Renders a page with its template.
     *
     * @throws ThemeException when a template does not parse or fails while rendering
     */
    public String render(SitePage page, SiteChrome chrome) {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("site", chrome);
        context.put("root", rootOf(page.path()));
        context.put("current", page.path());
        // The page's own words follow its language: a document in German gets German labels on an English site.
        context.put(LabelsExtension.VARIABLE, labels.of(page.language()));
        try {
            PebbleTemplate template = engine.getTemplate(page.template());
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, context);
            return out.toString();
        } catch (ThemeLoader.OutsideSource e) {
            throw outside(e);
        } catch (PebbleException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ThemeLoader.OutsideSource outside) {
                    throw outside(outside);
                }
            }
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String file = templateFile(e.getFileName() != null ? e.getFileName() : page.template());
            throw new ThemeException(new SourcePosition(file, line, line > 0 ? 1 : 0), e.getPebbleMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ThemeException outside(ThemeLoader.OutsideSource e) {
        return new ThemeException(Code.FILE_OUTSIDE_SOURCE, SourcePosition.file(shown(e.file())), e.getMessage());
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * A static file: the theme folder's copy when it has one, else the plugin's.
     *
     * @throws ThemeException ({@link Code#FILE_OUTSIDE_SOURCE}) when the theme's copy is, or passes through, a link out of the ISMS
     */
    public byte[] asset(String name) {
        Path own = themeDir.resolve(name);
        try {
            if (Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
                SourceFolder.Place place = folder.locate(own);
                if (place.outside()) {
                    throw new ThemeException(Code.FILE_OUTSIDE_SOURCE, SourcePosition.file(shown(own)),
                            "resolves outside the ISMS source folder; links out of the ISMS are refused");
                }
                if (place.inside() && Files.isRegularFile(place.real(), LinkOption.NOFOLLOW_LINKS)) {
                    return Files.readAllBytes(place.real());
                }
            }
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in theme file missing: " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can not read theme file " + own, e);
        }
    }

    /** The relative way from a page to the site root: {@code ""} or {@code "../../"}. */
    static String rootOf(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The theme file a template name stands for, when the theme has it; else the built-in name. */
    private String templateFile(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (!base.endsWith(".peb")) {
            base += ".peb";
        }
        Path own = themeDir.resolve(base);
        return Files.exists(own, LinkOption.NOFOLLOW_LINKS) ? shown(own) : "(built-in theme) " + base;
    }

    /** A template that does not parse or render, at its line in the theme file (or the built-in one), or a theme file refused. */
    public static final class ThemeException extends RuntimeException {
        private final Code code;
        private final transient SourcePosition at;

        ThemeException(SourcePosition at, String message) {
            this(Code.THEME_INVALID, at, message);
        }

        ThemeException(Code code, SourcePosition at, String message) {
            super(message);
            this.code = code;
            this.at = at;
        }

        public Code code() {
            return code;
        }

        public SourcePosition at() {
            return at;
        }
    }
}
