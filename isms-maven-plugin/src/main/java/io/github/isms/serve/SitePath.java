package io.github.isms.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file of the site folder that a request path names, or nothing. A request path is the
 * already percent-decoded path of the URL; only plain names separated by single slashes are
 * accepted, so {@code ..}, {@code .}, an encoded {@code %2e%2e} or {@code %2f}, a backslash, a
 * drive letter and an absolute path smuggled in as {@code //etc/passwd} all name nothing. A folder
 * names its {@code index.html} (never a listing), and a symbolic link whose target lies outside
 * the site names nothing either.
 */
public final class SitePath {

    private SitePath() {
    }

    /** Whether {@code path} (decoded, starting with {@code /}) is made only of plain names. */
    public static boolean isPlain(String path) {
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) {
            return false;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty() && !last) {
                return false;
            }
        }
        return true;
    }

    /** The regular file inside {@code root} that {@code path} names, with links resolved, or empty. */
    public static Optional<Path> resolve(Path root, String path) {
        if (!isPlain(path)) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            Path file = realRoot.resolve(path.substring(1));
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            return Optional.empty(); // no site yet, or the file went away while a rebuild swapped the folder
        }
    }
}
