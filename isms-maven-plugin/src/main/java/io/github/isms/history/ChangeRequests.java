package io.github.isms.history;

import io.github.isms.model.EvidenceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;

/** Reads a {@link ChangeRequest} from a main-line commit and the side-branch commits it brought in. */
final class ChangeRequests {

    /** GitHub's squash merge subject ends with the pull request number: {@code Title (#123)}. */
    private static final Pattern GITHUB_SQUASH_SUBJECT = Pattern.compile(".*\\(#\\d+\\)\\s*$");
    private static final Pattern TRAILER_LINE = Pattern.compile("^[A-Za-z0-9-]+:\\s.*");

    private final ApprovalRules rules;

    ChangeRequests(ApprovalRules rules) {
        this.rules = rules;
    }

    ChangeRequest of(RevCommit mainLine, List<RevCommit> sideCommits) {
        List<FooterLine> footers = mainLine.getFooterLines();
        return new ChangeRequest(authors(mainLine, sideCommits, footers), evidence(mainLine, footers),
                summary(mainLine));
    }

    private static List<Person> authors(RevCommit mainLine, List<RevCommit> sideCommits, List<FooterLine> footers) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        if (mainLine.getParentCount() > 1 && !sideCommits.isEmpty()) {
            List<RevCommit> ordered = new ArrayList<>(sideCommits);
            ordered.sort(Comparator.comparingInt(RevCommit::getCommitTime).thenComparing(RevCommit::name));
            for (RevCommit side : ordered) {
                add(byEmail, person(side.getAuthorIdent()));
            }
        } else {
            add(byEmail, person(mainLine.getAuthorIdent()));
            for (FooterLine footer : footers) {
                if (footer.getKey().equalsIgnoreCase("Co-authored-by")) {
                    add(byEmail, trailerPerson(footer));
                }
            }
        }
        return new ArrayList<>(byEmail.values());
    }

    private List<Person> evidence(RevCommit mainLine, List<FooterLine> footers) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        if (rules.evidence().contains(EvidenceKind.TRAILERS)) {
            for (FooterLine footer : footers) {
                if (rules.trailerNames().stream().anyMatch(name -> name.equalsIgnoreCase(footer.getKey()))) {
                    add(byEmail, trailerPerson(footer));
                }
            }
        }
        if (rules.evidence().contains(EvidenceKind.MERGER) && isMergeOrSquash(mainLine)) {
            add(byEmail, person(mainLine.getAuthorIdent()));
        }
        return new ArrayList<>(byEmail.values());
    }

    /**
     * A direct push is no pull request, so its author is no merger. Git can not tell a squash commit from
     * a direct one in general; GitHub's squash subject {@code Title (#N)} is the mark we trust.
     */
    static boolean isMergeOrSquash(RevCommit commit) {
        return commit.getParentCount() > 1 || GITHUB_SQUASH_SUBJECT.matcher(commit.getShortMessage()).matches();
    }

    /**
     * For merges, the pull or merge request title when the message carries it: GitHub writes
     * {@code Merge pull request #N from org/branch} and the title in the body, GitLab writes
     * {@code Merge branch 'x' into 'main'} and the title as the next paragraph.
     */
    static String summary(RevCommit commit) {
        String subject = commit.getShortMessage().strip();
        if (commit.getParentCount() < 2) {
            return subject;
        }
        String message = commit.getFullMessage();
        int bodyStart = message.indexOf("\n\n");
        if (bodyStart < 0) {
            return subject;
        }
        for (String line : message.substring(bodyStart + 2).split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (TRAILER_LINE.matcher(s).matches() || s.toLowerCase(Locale.ROOT).startsWith("see merge request")) {
                break;
            }
            return s;
        }
        return subject;
    }

    private static Person person(PersonIdent ident) {
        return new Person(ident.getName(), ident.getEmailAddress());
    }

    private static Person trailerPerson(FooterLine footer) {
        String value = footer.getValue().strip();
        String email = footer.getEmailAddress();
        int lt = value.indexOf('<');
        String name = lt > 0 ? value.substring(0, lt).strip() : "";
        return new Person(name, email == null ? value : email);
    }

    private static void add(Map<String, Person> byEmail, Person person) {
        byEmail.putIfAbsent(person.emailKey(), person);
    }
}
