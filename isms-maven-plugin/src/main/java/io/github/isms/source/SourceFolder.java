package io.github.isms.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one way from a path named in the ISMS to a file on the build machine. Every file a page or
 * a PDF carries (documents, isms.yaml, catalogs, assets, theme templates and static files) is
 * found through here, so none of them can follow a symbolic link out of the ISMS folder.
 *
 * <p>The path is walked one name at a time from the ISMS folder's real path, and every symbolic
 * link on the way is followed by hand: the walk is refused as soon as a link (or a {@code ..} in
 * a link's target) leads outside the folder, even when a later link would lead back in. Comparing
 * only the final real path would accept {@code assets -> /home/build} when the comparison is made
 * against the link's target, and a chain that leaves and returns reads files whose names an
 * insider can steer from outside.
 */
public final class SourceFolder {

    /** More links than any real layout has; a loop ends here. */
    private static final int MAX_LINKS = 40;

    private final Path root;

    /** @param ismsDir the ISMS source folder ({@code src/isms}); it need not exist */
    public SourceFolder(Path ismsDir) {
        this.root = ismsDir.toAbsolutePath().normalize();
    }

    /** The ISMS folder as configured (absolute, not resolved). */
    public Path root() {
        return root;
    }

    /** What the walk found: the file's real path, or why there is none. */
    public record Place(Kind kind, Path real) {

        public boolean inside() {
            return kind == Kind.INSIDE;
        }

        public boolean outside() {
            return kind == Kind.OUTSIDE;
        }
    }

    /** Whether a path stays inside the ISMS folder. */
    public enum Kind {
        /** Every link on the way stays inside and the path exists. */
        INSIDE,
        /** The path, or a symbolic link on the way, leads outside the ISMS folder. */
        OUTSIDE,
        /** Nothing is there (also a broken link, a loop of links, an ISMS folder that does not exist). */
        MISSING
    }

    /**
     * Where {@code file} (a path under the ISMS folder, or one that climbs out of it) really lies.
     * {@link Kind#OUTSIDE} also for a path that names a place outside without any link.
     */
    public Place locate(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(root)) {
            return new Place(Kind.OUTSIDE, null);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return new Place(Kind.MISSING, null);
        }
        Deque<String> names = new ArrayDeque<>();
        root.relativize(path).forEach(name -> names.add(name.toString()));
        Path current = realRoot;
        int links = 0;
        while (!names.isEmpty()) {
            String name = names.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent();
                if (current == null || !current.startsWith(realRoot)) {
                    return new Place(Kind.OUTSIDE, null);
                }
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                    return new Place(Kind.MISSING, null);
                }
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                return new Place(Kind.MISSING, null);
            }
            Path target;
            try {
                target = Files.readSymbolicLink(next);
            } catch (IOException e) {
                return new Place(Kind.MISSING, null);
            }
            Deque<String> targetNames = new ArrayDeque<>();
            if (target.isAbsolute()) {
                // An absolute target counts only when it names a place inside, as the folder's real or configured path.
                Path lexical = target.normalize();
                Path base = lexical.startsWith(realRoot) ? realRoot : lexical.startsWith(root) ? root : null;
                if (base == null) {
                    return new Place(Kind.OUTSIDE, null);
                }
                base.relativize(lexical).forEach(n -> targetNames.add(n.toString()));
                current = realRoot;
            } else {
                target.forEach(n -> targetNames.add(n.toString()));
            }
            while (!targetNames.isEmpty()) {
                names.addFirst(targetNames.removeLast());
            }
        }
        return new Place(Kind.INSIDE, current);
    }

    /** The real path of {@code file} when it is a regular file inside the ISMS folder, else null. */
    public Path regularFile(Path file) {
        Place place = locate(file);
        return place.inside() && Files.isRegularFile(place.real(), LinkOption.NOFOLLOW_LINKS) ? place.real() : null;
    }

    /**
     * The real path of {@code file} when it is a regular file inside the ISMS folder whose real
     * path lies under {@code folder}'s (so {@code assets/x -> ../documents/secret.md} is no asset), else null.
     */
    public Path regularFileUnder(Path folder, Path file) {
        Path real = regularFile(file);
        if (real == null) {
            return null;
        }
        Place base = locate(folder);
        return base.inside() && real.startsWith(base.real()) && !real.equals(base.real()) ? real : null;
    }
}
