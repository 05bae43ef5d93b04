import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a git fast-import stream of a synthetic ISMS history to standard output: DOCS documents under
 * src/isms/documents, about COMMITS commits made of merged pull requests (GitLab and GitHub messages,
 * approval trailers), squash merges and direct pushes, with renames (some with edits in the same commit).
 * Deterministic: a fixed seed and a fixed clock. Usage: java GenerateRepository.java DOCS COMMITS | git fast-import
 */
public final class GenerateRepository {

    private static final String[] WORDS = ("access control asset risk treatment supplier incident backup "
            + "encryption key policy review audit management information security objective awareness training "
            + "change capacity logging monitoring vulnerability continuity legal privacy classification label")
            .split(" ");
    private static final String[] AREAS = {"policies", "procedures", "standards", "records", "plans", "guidelines"};
    private static final String[][] PEOPLE = {
            {"Alice Ciso", "alice@example.com"}, {"Bob Ceo", "bob@example.com"},
            {"Carol Writer", "carol@example.com"}, {"Dave Dev", "dave@example.com"},
            {"Erin Ops", "erin@example.com"}, {"Frank Legal", "frank@example.com"}};

    private final Random random = new Random(27001);
    private final Map<String, Doc> docsByPath = new LinkedHashMap<>();
    private final OutputStream out;
    private long clock = 1_700_000_000L;
    private int mark;
    private int commits;
    private int mainMark;

    private static final class Doc {
        final String id;
        int major = 1;
        int minor;
        List<String> lines;

        Doc(String id, List<String> lines) {
            this.id = id;
            this.lines = lines;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            sb.append("---\nid: ").append(id).append("\ntitle: Document ").append(id).append("\ntype: policy\nversion: ")
                    .append(major).append('.').append(minor).append("\nowner: CISO\napprovers: [CEO]\n---\n\n# ")
                    .append(id).append("\n\n");
            for (String line : lines) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }
    }

    private GenerateRepository(OutputStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        int docs = Integer.parseInt(args[0]);
        int targetCommits = Integer.parseInt(args[1]);
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 20)) {
            new GenerateRepository(out).generate(docs, targetCommits);
        }
    }

    private void generate(int docs, int targetCommits) throws IOException {
        // The first commit holds a fifth of the documents; the rest arrive through pull requests.
        Map<String, String> initial = new LinkedHashMap<>();
        int created = 0;
        for (; created < docs / 5; created++) {
            initial.putAll(create(created));
        }
        mainMark = commit("refs/heads/main", 0, 0, PEOPLE[0], "Start the ISMS", initial, List.of());
        while (commits < targetCommits) {
            int kind = random.nextInt(10);
            // Spread the remaining documents over the remaining changes (about three commits each).
            boolean create = created < docs
                    && random.nextDouble() * Math.max(1, (targetCommits - commits) / 3.0) < docs - created;
            if (kind < 8) {
                pullRequest(create ? created++ : -1);
            } else if (kind == 8) {
                Map<String, String> changes = create ? create(created++) : new LinkedHashMap<>();
                List<String> deletes = new ArrayList<>();
                change(changes, deletes);
                mainMark = commit("refs/heads/main", mainMark, 0, person(), "Update documents (#" + commits + ")\n\n"
                        + "Co-authored-by: Carol Writer <carol@example.com>", changes, deletes);
            } else {
                Map<String, String> changes = new LinkedHashMap<>();
                List<String> deletes = new ArrayList<>();
                change(changes, deletes);
                mainMark = commit("refs/heads/main", mainMark, 0, person(), "Fix typo", changes, deletes);
            }
        }
        while (created < docs) {
            mainMark = commit("refs/heads/main", mainMark, 0, PEOPLE[2], "Add document", create(created++), List.of());
        }
        out.write(("reset refs/heads/topic\nfrom 0000000000000000000000000000000000000000\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private void pullRequest(int createIndex) throws IOException {
        int sideCommits = 1 + random.nextInt(3);
        int parent = mainMark;
        Map<String, String> allChanges = new LinkedHashMap<>();
        List<String> allDeletes = new ArrayList<>();
        for (int i = 0; i < sideCommits; i++) {
            Map<String, String> changes = i == 0 && createIndex >= 0 ? create(createIndex) : new LinkedHashMap<>();
            List<String> deletes = new ArrayList<>();
            change(changes, deletes);
            parent = commit("refs/heads/topic", parent, 0, person(), "Edit " + commits, changes, deletes);
            for (String d : deletes) {
                allChanges.remove(d);
                allDeletes.add(d);
            }
            allChanges.putAll(changes);
            allDeletes.removeAll(changes.keySet());
        }
        String message = random.nextBoolean()
                ? "Merge branch 'change-" + commits + "' into 'main'\n\nRevise documents " + commits
                        + "\n\nSee merge request isms/isms!" + commits + "\n\nApproved-by: Bob Ceo <bob@example.com>"
                : "Merge pull request #" + commits + " from example/change-" + commits + "\n\nRevise documents " + commits;
        mainMark = commit("refs/heads/main", mainMark, parent, PEOPLE[random.nextInt(2)], message, allChanges, allDeletes);
    }

    private Map<String, String> create(int index) {
        Doc doc = new Doc(String.format("DOC-%04d", index), paragraph(30 + random.nextInt(30)));
        String path = "src/isms/documents/" + AREAS[index % AREAS.length] + "/doc-" + index + ".md";
        docsByPath.put(path, doc);
        Map<String, String> change = new LinkedHashMap<>();
        change.put(path, doc.text());
        return change;
    }

    /** Edits one to three documents; about one change in thirty also moves the file. */
    private void change(Map<String, String> changes, List<String> deletes) {
        List<String> paths = new ArrayList<>(docsByPath.keySet());
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            if (changes.containsKey(path) || deletes.contains(path)) {
                continue;
            }
            Doc doc = docsByPath.get(path);
            int line = random.nextInt(doc.lines.size());
            doc.lines.set(line, paragraph(1).get(0));
            if (random.nextInt(8) == 0) {
                doc.major++;
                doc.minor = 0;
            } else {
                doc.minor++;
            }
            if (random.nextInt(30) == 0) {
                docsByPath.remove(path);
                String moved = path.replace(".md", "-r" + commits + ".md");
                docsByPath.put(moved, doc);
                deletes.add(path);
                changes.put(moved, doc.text());
            } else {
                changes.put(path, doc.text());
            }
        }
    }

    private List<String> paragraph(int lines) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 8 + random.nextInt(8); w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            result.add(sb.append('.').toString());
        }
        return result;
    }

    private String[] person() {
        return PEOPLE[2 + random.nextInt(PEOPLE.length - 2)];
    }

    private int commit(String ref, int from, int merge, String[] who, String message, Map<String, String> changes,
            List<String> deletes) throws IOException {
        clock += 600;
        commits++;
        int id = ++mark;
        StringBuilder sb = new StringBuilder();
        sb.append("commit ").append(ref).append("\nmark :").append(id).append('\n');
        String ident = who[0] + " <" + who[1] + "> " + clock + " +0000\n";
        sb.append("author ").append(ident).append("committer ").append(ident);
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        sb.append("data ").append(msg.length).append('\n').append(message).append('\n');
        if (from > 0) {
            sb.append("from :").append(from).append('\n');
        }
        if (merge > 0) {
            sb.append("merge :").append(merge).append('\n');
        }
        for (String d : deletes) {
            sb.append("D ").append(d).append('\n');
        }
        for (Map.Entry<String, String> e : changes.entrySet()) {
            byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
            sb.append("M 100644 inline ").append(e.getKey()).append("\ndata ").append(data.length).append('\n')
                    .append(e.getValue()).append('\n');
        }
        sb.append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
