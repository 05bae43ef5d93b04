package io.github.isms.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for files under the ISMS {@code assets/} folder that a page or PDF may carry: a
 * regular file that {@link SourceFolder} finds inside the ISMS (no symbolic link on the way leaves
 * it), whose real path still lies under {@code assets/}, and whose type is passive. The site's
 * reference check, the site's copying and the PDF renderer's image loading all ask it, so none of
 * them can follow a link out of the ISMS nor publish a file that runs script on the intranet.
 */
public final class AssetFiles {

    /**
     * File types a browser shows or hands to another program but never runs in the site's origin:
     * images, PDF, office documents (without macros) and plain text. Everything else is refused,
     * also an unknown type, since a web server may serve it as HTML.
     *
     * <p>SVG is refused, not sanitized: an SVG opened on its own (a link, "open image in new tab")
     * is a document that runs its script with the intranet's cookies, and a safe subset of SVG
     * (entities, {@code xlink:href}, {@code foreignObject}, animation of {@code href}, style
     * {@code url()}) is a sanitizer of its own to get right; a PNG of the diagram shows the same.
     */
    public static final Set<String> PASSIVE_TYPES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "tif", "tiff",
            "pdf",
            "docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "ods", "odp", "rtf", "vsdx",
            "txt", "csv");

    /** What the rule says of one file. */
    public enum Verdict {
        /** Published as it is. */
        PUBLISHABLE,
        /** No such regular file. */
        MISSING,
        /** It, or a link on the way, leads outside the ISMS folder or outside assets/. */
        OUTSIDE,
        /** A type that can run script (HTML, SVG, XML, JavaScript, ...) or an unknown one. */
        REFUSED_TYPE
    }

    private final SourceFolder folder;
    private final Path assetsDir;

    /** @param folder the ISMS folder; the assets are its {@code assets/} */
    public AssetFiles(SourceFolder folder) {
        this(folder, "assets");
    }

    /** The same rule for another folder of published files, e.g. {@code evidence/}. */
    public AssetFiles(SourceFolder folder, String subfolder) {
        this.folder = folder;
        this.assetsDir = folder.root().resolve(subfolder);
    }

    public Path assetsDir() {
        return assetsDir;
    }

    /** True for a path below {@code assets/} as written (links not yet followed). */
    public boolean isUnderAssets(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return path.startsWith(assetsDir) && !path.equals(assetsDir);
    }

    public Verdict check(Path file) {
        if (!isUnderAssets(file)) {
            return Verdict.OUTSIDE;
        }
        SourceFolder.Place place = folder.locate(file);
        if (place.outside()) {
            return Verdict.OUTSIDE;
        }
        if (folder.regularFile(file) == null) {
            return Verdict.MISSING;
        }
        Path real = folder.regularFileUnder(assetsDir, file);
        if (real == null) {
            return Verdict.OUTSIDE;
        }
        // The name it is published under, and the file a link in assets/ points to: both must be passive.
        boolean passive = isPassive(file.getFileName().toString()) && isPassive(real.getFileName().toString());
        return passive ? Verdict.PUBLISHABLE : Verdict.REFUSED_TYPE;
    }

    /** The real path of a publishable asset, else null. */
    public Path publishable(Path file) {
        return check(file) == Verdict.PUBLISHABLE ? folder.regularFile(file) : null;
    }

    /** Whether a file name's type is one of {@link #PASSIVE_TYPES} (by its extension, in any case). */
    public static boolean isPassive(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && PASSIVE_TYPES.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
