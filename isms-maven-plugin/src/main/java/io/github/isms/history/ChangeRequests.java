package io.github.isms.history;

import io.github.isms.history.ChangeRequest.Evidence;
import io.github.isms.history.ChangeRequest.Rejection;
import io.github.isms.model.EvidenceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Reads a {@link ChangeRequest} from a main-line commit, the side-branch commits it brought in, its approval
 * note and its signature, judged by the rules in force before the change.
 *
 * <p>What git alone says is easy to forge by anyone who can push: a trailer is text, a commit author is a
 * setting. So trailers count on merge commits, and on a single-parent commit only where a note or a trusted
 * signature shows it came through a request; the merger is the author of a merge commit or the person a
 * note names, never the author of a squash commit (on GitHub, that is the request's own author); and no
 * author approves their own change.
 */
final class ChangeRequests {

    /** GitHub's squash merge subject ends with the pull request number: {@code Title (#123)}. */
    private static final Pattern GITHUB_SQUASH_SUBJECT = Pattern.compile(".*\\(#(\\d+)\\)\\s*$");
    private static final Pattern GITHUB_MERGE_SUBJECT = Pattern.compile("^Merge pull request #(\\d+) from .*");
    private static final Pattern GITLAB_MERGE_REQUEST = Pattern.compile("(?m)^See merge request \\S*!(\\d+)\\s*$");
    private static final Pattern TRAILER_LINE = Pattern.compile("^[A-Za-z0-9-]+:\\s.*");

    private ChangeRequests() {
    }

    /**
     * @param branchFound false when the approval branch is missing: then nothing approves
     */
    static ChangeRequest of(RevCommit mainLine, List<RevCommit> sideCommits, RulesInForce.InForce inForce,
            Optional<ApprovalNote> note, MergeSignature signature, boolean branchFound) {
        ApprovalRules rules = inForce.rules();
        List<FooterLine> footers = mainLine.getFooterLines();
        List<Person> authors = authors(mainLine, sideCommits, footers);
        RequestLink request = request(mainLine, note, rules);
        String summary = summary(mainLine);
        if (!branchFound) {
            return new ChangeRequest(authors, List.of(), List.of(), summary, request, signature);
        }
        List<Rejection> rejected = new ArrayList<>();
        List<Evidence> candidates = new ArrayList<>();
        if (rules.evidence().contains(EvidenceKind.REVIEWS) && note.isPresent()) {
            reviews(note.get(), inForce, rules, candidates, rejected);
        }
        if (rules.evidence().contains(EvidenceKind.TRAILERS)) {
            trailers(mainLine, footers, rules, note.isPresent() || signature.verified(), candidates, rejected);
        }
        if (rules.evidence().contains(EvidenceKind.MERGER)) {
            merger(mainLine, note, inForce).ifPresent(p -> candidates.add(new Evidence(p, EvidenceKind.MERGER, null)));
        }
        if (!rules.signers().isEmpty() && !signature.verified() && !candidates.isEmpty()) {
            FindingKind kind = signature.state() == MergeSignature.State.UNSIGNED ? FindingKind.UNSIGNED
                    : FindingKind.BAD_SIGNATURE;
            rejected.add(new Rejection(kind, "approval evidence from " + people(candidates)
                    + " does not count: approval.signers is set and " + signature.detail()));
            candidates.clear();
        }
        if (!rules.authorMayApprove()) {
            AuthorSet authorSet = new AuthorSet(authors, note, inForce);
            candidates.removeIf(e -> {
                if (authorSet.wrote(e)) {
                    rejected.add(new Rejection(FindingKind.BY_AUTHOR, "approval evidence (" + e.kind().word() + ") from "
                            + e.person() + " does not count: they authored this change (four eyes; "
                            + "approval.authorMayApprove: true lets it count)"));
                    return true;
                }
                return false;
            });
        }
        Map<String, Evidence> byPerson = new LinkedHashMap<>();
        for (Evidence e : candidates) {
            byPerson.putIfAbsent(RoleDirectory.key(e.person().email()), e);
        }
        return new ChangeRequest(authors, new ArrayList<>(byPerson.values()), rejected, summary, request, signature);
    }

    private static void reviews(ApprovalNote note, RulesInForce.InForce inForce, ApprovalRules rules,
            List<Evidence> candidates, List<Rejection> rejected) {
        for (ApprovalNote.Decision review : note.approvals()) {
            if (!review.approves()) {
                continue; // dismissed reviews and requested changes never approve
            }
            String login = review.login();
            Optional<Person> person = inForce.identities().of(note.platform(), review.account());
            if (person.isEmpty()) {
                rejected.add(new Rejection(FindingKind.LOGIN_UNKNOWN, "the " + note.platform() + " review by '" + login
                        + "' does not count: no person under people: in isms.yaml has this login, and the note gives "
                        + "no e-mail address"));
                continue;
            }
            if (note.approvedCommitKnown() && !rules.staleReviewsAllowed()
                    && (review.commit() == null || !review.commit().equals(note.request().headCommit()))) {
                rejected.add(new Rejection(FindingKind.STALE_REVIEW, "the review by " + person.get() + " was given on "
                        + abbreviate(review.commit()) + ", not on the head that was merged ("
                        + abbreviate(note.request().headCommit()) + "); it does not approve the merged content "
                        + "(approval.staleReviews: allow lets it count)"));
                continue;
            }
            candidates.add(new Evidence(person.get(), EvidenceKind.REVIEWS, login));
        }
    }

    private static void trailers(RevCommit mainLine, List<FooterLine> footers, ApprovalRules rules,
            boolean throughRequest, List<Evidence> candidates, List<Rejection> rejected) {
        List<Evidence> found = new ArrayList<>();
        for (FooterLine footer : footers) {
            if (rules.trailerNames().stream().anyMatch(name -> name.equalsIgnoreCase(footer.getKey()))) {
                found.add(new Evidence(trailerPerson(footer), EvidenceKind.TRAILERS, null));
            }
        }
        if (found.isEmpty()) {
            return;
        }
        if (mainLine.getParentCount() > 1 || throughRequest || rules.singleParentTrailers()) {
            candidates.addAll(found);
        } else {
            rejected.add(new Rejection(FindingKind.NOT_THROUGH_REQUEST, "trailers of " + people(found)
                    + " on a single-parent commit do not count: no approval note or trusted signature shows it came "
                    + "through a pull/merge request (approval.singleParentTrailers: true lets them count where branch "
                    + "protection forbids direct pushes)"));
        }
    }

    /** Who merged: the person the note names (GitHub's {@code merged_by}), else the author of a merge commit. */
    private static Optional<Person> merger(RevCommit mainLine, Optional<ApprovalNote> note, RulesInForce.InForce inForce) {
        if (note.isPresent() && note.get().request().mergedBy() != null) {
            return inForce.identities().of(note.get().platform(), note.get().request().mergedBy());
        }
        return mainLine.getParentCount() > 1 ? Optional.of(person(mainLine.getAuthorIdent())) : Optional.empty();
    }

    /** The people who wrote a change, by e-mail and (for the request's author in a note) by login. */
    private static final class AuthorSet {
        private final Set<String> emails = new HashSet<>();
        private final Set<String> logins = new HashSet<>();

        AuthorSet(List<Person> authors, Optional<ApprovalNote> note, RulesInForce.InForce inForce) {
            authors.forEach(a -> emails.add(RoleDirectory.key(a.email())));
            note.map(n -> n.request().author()).ifPresent(author -> {
                logins.add(author.login().toLowerCase(Locale.ROOT));
                inForce.identities().of(note.get().platform(), author)
                        .ifPresent(p -> emails.add(RoleDirectory.key(p.email())));
            });
        }

        boolean wrote(Evidence evidence) {
            return emails.contains(RoleDirectory.key(evidence.person().email()))
                    || (evidence.login() != null && logins.contains(evidence.login().toLowerCase(Locale.ROOT)));
        }
    }

    private static List<Person> authors(RevCommit mainLine, List<RevCommit> sideCommits, List<FooterLine> footers) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        if (mainLine.getParentCount() > 1 && !sideCommits.isEmpty()) {
            List<RevCommit> ordered = new ArrayList<>(sideCommits);
            ordered.sort(Comparator.comparingInt(RevCommit::getCommitTime).thenComparing(RevCommit::name));
            for (RevCommit side : ordered) {
                add(byEmail, person(side.getAuthorIdent()));
                coAuthors(side.getFooterLines(), byEmail);
            }
        } else {
            add(byEmail, person(mainLine.getAuthorIdent()));
        }
        coAuthors(footers, byEmail);
        return new ArrayList<>(byEmail.values());
    }

    private static void coAuthors(List<FooterLine> footers, Map<String, Person> byEmail) {
        for (FooterLine footer : footers) {
            if (footer.getKey().equalsIgnoreCase("Co-authored-by")) {
                add(byEmail, trailerPerson(footer));
            }
        }
    }

    /** The request from the note, else the number a GitHub or GitLab merge message carries, linked by template. */
    static RequestLink request(RevCommit commit, Optional<ApprovalNote> note, ApprovalRules rules) {
        if (note.isPresent()) {
            ApprovalNote.Request r = note.get().request();
            return new RequestLink(note.get().platform(), r.number(), r.url(), note.get().approvedCommitKnown());
        }
        String platform = null;
        Matcher m;
        if ((m = GITHUB_MERGE_SUBJECT.matcher(commit.getShortMessage())).matches()
                || (commit.getParentCount() == 1 && (m = GITHUB_SQUASH_SUBJECT.matcher(commit.getShortMessage())).matches())) {
            platform = "github";
        } else if ((m = GITLAB_MERGE_REQUEST.matcher(commit.getFullMessage())).find()) {
            platform = "gitlab";
        } else {
            return null;
        }
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        String url = rules.requestUrl() == null ? null : rules.requestUrl().replace("{number}", Long.toString(number));
        return new RequestLink(platform, number, url, true);
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

    private static String people(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(e -> e.person().toString()).distinct().toList());
    }

    private static String abbreviate(String commit) {
        return commit == null ? "an unnamed commit" : commit.substring(0, Math.min(12, commit.length()));
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
