package io.github.isms.site;

import java.util.Map;
import java.util.SortedMap;

/**
 * {@code manifest.json}: the SHA-256 of every other published file, sorted by path, so that
 * {@code isms:verify} can tell a tampered or missing file: {@code {"files": {"path": "hex", ...}}}.
 */
final class Manifest {

    static final String PATH = "manifest.json";

    private Manifest() {
    }

    static String write(SortedMap<String, String> digests) {
        return Json.pretty(Map.of("files", digests));
    }
}
