package io.github.isms.xref;

import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a relative link of a document points on disk. A path is relative to the document's own
 * file; a leading {@code /} means the ISMS folder, so {@code /assets/logo.png} works from any depth.
 * Nothing here reads a file outside the ISMS {@code assets/} folder.
 */
final class RelativeLinks {

    /** A link split into its file (null for an in-page anchor) and its anchor (null when none). */
    record Target(Path path, String anchor) {
        boolean isMarkdown() {
            return path.getFileName() != null && path.getFileName().toString().endsWith(".md");
        }
    }

    private final Path ismsDir;
    private final AssetFiles assets;

    RelativeLinks(Path ismsDir) {
        this.ismsDir = ismsDir.toAbsolutePath().normalize();
        this.assets = new AssetFiles(new SourceFolder(this.ismsDir));
    }

    /** The schemes the sanitizer keeps; any other (javascript:, data:, vbscript:, file:) is removed from the page. */
    static boolean isSafeExternal(String url) {
        // Browsers read a backslash as a slash: /\host is //host, a link to another server.
        String lower = url.strip().replace('\\', '/').toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("//") || lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:");
    }

    Target resolve(Path documentFile, String url) {
        int hash = url.indexOf('#');
        String anchor = hash < 0 ? null : decode(url.substring(hash + 1));
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new Target(null, anchor);
        }
        String decoded = decode(path);
        Path base = decoded.startsWith("/") ? ismsDir : documentFile.getParent();
        Path resolved = base.resolve(decoded.replaceFirst("^/+", "")).normalize();
        return new Target(resolved, anchor);
    }

    boolean isAsset(Path path) {
        return assets.isUnderAssets(path);
    }

    /** Whether the site may publish the file under assets/ (see {@link AssetFiles}). */
    AssetFiles.Verdict asset(Path path) {
        return assets.check(path);
    }

    /** The path below assets/, with {@code /}. */
    String assetPath(Path path) {
        return assets.assetsDir().relativize(path).toString().replace('\\', '/');
    }

    /** Percent-decoding of a URL part; '+' stays a plus (it is not a form value); malformed escapes stay as written. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
