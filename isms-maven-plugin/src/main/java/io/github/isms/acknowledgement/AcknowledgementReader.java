package io.github.isms.acknowledgement;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.AudienceSource;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.SourceFile;
import io.github.isms.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the audiences of isms.yaml (their CSV files) and every acknowledgement export under
 * {@code records/acknowledgements/}, reporting all problems of all files in one pass. Versions are
 * checked later, against the document's history ({@link Acknowledgements#coverage}).
 */
public final class AcknowledgementReader {

    /** Where exports are read from, relative to the ISMS folder. */
    public static final String FOLDER = "records/acknowledgements";
    static final List<String> COLUMNS = List.of("email", "document", "version", "date");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+");

    private final IsmsProject project;
    private final SourceReader reader;
    private final Diagnostics diagnostics;

    private AcknowledgementReader(IsmsProject project, Diagnostics diagnostics) {
        this.project = project;
        this.reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        this.diagnostics = diagnostics;
    }

    /** The audiences and acknowledgements; a row dated after {@code reference} is reported and left out. */
    public static Acknowledgements read(IsmsProject project, LocalDate reference, Diagnostics diagnostics) {
        AcknowledgementReader r = new AcknowledgementReader(project, diagnostics);
        Map<String, Audience> audiences = new LinkedHashMap<>();
        project.config().acknowledgement().audiences().values().forEach(a -> audiences.put(a.name(), r.audience(a)));
        return new Acknowledgements(audiences, r.records(reference), project.config().acknowledgement());
    }

    private Audience audience(AudienceSource source) {
        TreeSet<String> emails = new TreeSet<>();
        source.members().forEach(m -> emails.add(m.strip().toLowerCase(Locale.ROOT)));
        if (source.file() != null) {
            membersOf(source, emails);
        }
        return new Audience(source.name(), List.copyOf(emails), source.classification());
    }

    private void membersOf(AudienceSource source, TreeSet<String> emails) {
        Path file;
        try {
            file = project.ismsDir().resolve(source.file());
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.report(Code.AUDIENCE_INVALID, source.at(), "audience " + source.name() + ": '" + source.file()
                    + "' is not a valid file path");
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.report(Code.AUDIENCE_INVALID, source.at(), "audience " + source.name() + ": "
                    + reader.relativePath(file) + " does not exist (a CSV file with an e-mail column, relative to the ISMS folder)");
            return;
        }
        Optional<SourceFile> text = reader.read(file, diagnostics);
        if (text.isEmpty()) {
            return;
        }
        CsvRows csv;
        try {
            csv = CsvRows.parse(text.get().text(), text.get().relativePath());
        } catch (IllegalArgumentException e) {
            diagnostics.report(Code.AUDIENCE_INVALID, SourcePosition.file(text.get().relativePath()),
                    "does not parse as CSV: " + e.getMessage());
            return;
        }
        int column = emailColumn(csv.header());
        if (column < 0) {
            diagnostics.report(Code.AUDIENCE_INVALID, SourcePosition.file(text.get().relativePath()), "audience "
                    + source.name() + ": the header names no e-mail column (one called email, e-mail, mail or like "
                    + "'Work Email'); found: " + String.join(", ", csv.header()));
            return;
        }
        for (CsvRows.Row row : csv.rows()) {
            String email = row.cell(column);
            if (email.isEmpty()) {
                continue; // people without an address (contractors, leavers) can not be asked
            }
            if (!EMAIL.matcher(email).matches()) {
                diagnostics.report(Code.AUDIENCE_INVALID, row.at(column), "audience " + source.name() + ": '" + email
                        + "' is not an e-mail address");
                continue;
            }
            emails.add(email.toLowerCase(Locale.ROOT));
        }
    }

    /** HR tools name it "Email", "E-mail", "Work Email", "email_address"...; the first such column counts. */
    static int emailColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String letters = header.get(i).replaceAll("[^a-z]", "");
            if (letters.contains("email") || letters.equals("mail")) {
                return i;
            }
        }
        return -1;
    }

    private List<Acknowledgement> records(LocalDate reference) {
        Path folder = project.ismsDir().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            diagnostics.report(Code.FILE_UNREADABLE, SourcePosition.file(reader.relativePath(folder)),
                    "the acknowledgements folder can not be listed: " + e.getMessage());
            return List.of();
        }
        List<Acknowledgement> all = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Path file : files) {
            reader.read(file, diagnostics).ifPresent(source -> rows(source, reference, all, seen));
        }
        return List.copyOf(all);
    }

    private void rows(SourceFile source, LocalDate reference, List<Acknowledgement> all, Map<String, SourcePosition> seen) {
        String path = source.relativePath();
        CsvRows csv;
        try {
            csv = CsvRows.parse(source.text(), path);
        } catch (IllegalArgumentException e) {
            diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, SourcePosition.file(path), "does not parse as CSV: " + e.getMessage());
            return;
        }
        int[] index = COLUMNS.stream().mapToInt(csv.header()::indexOf).toArray();
        List<String> missing = COLUMNS.stream().filter(c -> !csv.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, SourcePosition.file(path), "the header must name the columns "
                    + String.join(",", COLUMNS) + " (in any order, more allowed); missing: " + String.join(", ", missing));
            return;
        }
        for (CsvRows.Row row : csv.rows()) {
            if (row.cells().size() != csv.header().size()) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, row.start(), "this row has " + row.cells().size()
                        + " cells, the header " + csv.header().size());
                continue;
            }
            record(row, index, reference).ifPresent(a -> {
                String key = a.email().toLowerCase(Locale.ROOT) + "\u0000" + a.document() + "\u0000" + a.version();
                SourcePosition first = seen.putIfAbsent(key, a.at());
                if (first != null) {
                    diagnostics.report(Code.ACKNOWLEDGEMENT_DUPLICATE, a.at(), a.email() + " acknowledged " + a.document()
                            + " version " + a.version() + " already at " + first);
                } else {
                    all.add(a);
                }
            });
        }
    }

    private Optional<Acknowledgement> record(CsvRows.Row row, int[] index, LocalDate reference) {
        String email = row.cell(index[0]);
        String document = row.cell(index[1]);
        String version = row.cell(index[2]);
        String date = row.cell(index[3]);
        boolean valid = true;
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (row.cell(index[i]).isEmpty()) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, row.at(index[i]), "the " + COLUMNS.get(i) + " cell is empty");
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        if (!EMAIL.matcher(email).matches()) {
            diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, row.at(index[0]), "'" + email + "' is not an e-mail address");
            valid = false;
        }
        if (project.document(document).isEmpty()) {
            diagnostics.report(Code.ACKNOWLEDGEMENT_UNKNOWN, row.at(index[1]), "no document has the id '" + document + "'");
            valid = false;
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(date);
            if (day.isAfter(reference)) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_FUTURE, row.at(index[3]), "dated " + day + ", after the reference date "
                        + reference + "; an acknowledgement can not come from the future");
                valid = false;
            }
        } catch (DateTimeParseException e) {
            diagnostics.report(Code.ACKNOWLEDGEMENT_CSV_INVALID, row.at(index[3]), "'" + date + "' is not a date; write YYYY-MM-DD");
            valid = false;
        }
        return valid ? Optional.of(new Acknowledgement(email, document, version, day, row.at(index[2]))) : Optional.empty();
    }
}
