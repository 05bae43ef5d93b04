package io.github.isms.history;

import io.github.isms.source.FrontMatterSyntax;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a document says, apart from when it was last reviewed: a hash of its bytes without the front
 * matter's {@code reviewed:} line. A change that only moves {@code reviewed:} records a periodic review
 * of unchanged content, which keeps its version; any other change is a change of content.
 */
final class Substance {

    private static final Pattern REVIEWED_LINE = Pattern.compile("(?m)^reviewed[ \\t]*:[^\\n]*\\n?");

    private Substance() {
    }

    static String of(byte[] content) {
        int head = FrontMatterSyntax.headLength(content);
        String frontMatter = new String(content, 0, head, StandardCharsets.UTF_8);
        String kept = REVIEWED_LINE.matcher(frontMatter).replaceAll("");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kept.getBytes(StandardCharsets.UTF_8));
            sha.update(content, head, content.length - head);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
