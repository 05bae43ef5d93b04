package io.github.isms.readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the sixteen steps of implementing ISO/IEC 27001, as the plugin's own list
 * ({@code implementation-steps.tsv}) words it.
 *
 * @param key     the name {@link Readiness} derives the step's state by
 * @param shownBy what in an ISMS kept in git shows the step done
 */
public record ImplementationStep(String key, int number, String title, String shownBy) {

    private static final List<ImplementationStep> ALL = read();

    /** The sixteen steps, in order. */
    public static List<ImplementationStep> all() {
        return ALL;
    }

    private static List<ImplementationStep> read() {
        List<ImplementationStep> steps = new ArrayList<>();
        try (InputStream in = ImplementationStep.class.getResourceAsStream("implementation-steps.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the plugin: implementation-steps.tsv");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                steps.add(new ImplementationStep(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(steps);
    }
}
