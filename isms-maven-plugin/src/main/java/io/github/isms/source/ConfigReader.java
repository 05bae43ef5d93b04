package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.AcknowledgementPolicy;
import io.github.isms.model.ApprovalPolicy;
import io.github.isms.model.AudienceSource;
import io.github.isms.model.Defaults;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.Member;
import io.github.isms.model.Organization;
import io.github.isms.model.ReviewInterval;
import io.github.isms.model.SitePolicy;
import io.github.isms.model.TrustedSigner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code isms.yaml} into an {@link IsmsConfig}, reporting every problem it finds. */
public final class ConfigReader {

    static final List<String> KEYS = List.of("organization", "framework", "catalogs", "roles", "classifications",
            "defaults", "approval", "site", "mandatoryDocuments", "soa", "people", "audiences", "acknowledgement");
    private static final String UNNAMED = "Organization";
    private static final Defaults NO_DEFAULTS = new Defaults("internal", Defaults.DEFAULT_REVIEW, null, List.of());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    /** GitHub: letters, digits and single hyphens, at most 39; GitLab: also dots and underscores. */
    private static final Pattern GITHUB_LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
    private static final Pattern GITLAB_LOGIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");
    private static final Pattern SSH_ALLOWED_SIGNER = Pattern.compile(
            "\\S+\\s+(?:\\S+\\s+)?(?:ssh-|ecdsa-|sk-)\\S+\\s+[A-Za-z0-9+/]+={0,2}(?:\\s.*)?");

    private ConfigReader() {
    }

    /** Reads isms.yaml; when it does not parse, the problem is reported and built-in defaults stand in. */
    public static IsmsConfig read(SourceFile file, Diagnostics diagnostics) {
        return YamlParser.parseMapping(file.text(), file.relativePath(), 1, diagnostics)
                .map(yaml -> read(yaml, new SourceFolder(file.file().toAbsolutePath().getParent()), diagnostics))
                .orElseGet(() -> fallback(file.at(1, 1)));
    }

    /** A path in isms.yaml (the logo) names a file of the ISMS; one that leads out of it is reported at its key. */
    private static void refuseOutside(Located<String> path, SourceFolder isms, Diagnostics diagnostics) {
        try {
            if (isms.locate(isms.root().resolve(path.value())).outside()) {
                diagnostics.report(Code.FILE_OUTSIDE_SOURCE, path.at(), "'" + path.value()
                        + "' resolves outside the ISMS source folder; links out of the ISMS are refused");
            }
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.report(Code.KEY_TYPE, path.at(), "'" + path.value() + "' is not a valid file path");
        }
    }

    /** The configuration a build goes on with when isms.yaml is missing or broken (already reported). */
    public static IsmsConfig fallback(SourcePosition source) {
        List<String> classifications = IsmsConfig.DEFAULT_CLASSIFICATIONS;
        return new IsmsConfig(new Organization(UNNAMED, null), "iso27001:2022", List.of(), Map.of(), classifications,
                NO_DEFAULTS, ApprovalPolicy.DEFAULT,
                new SitePolicy(defaultPublish(classifications)), source);
    }

    private static IsmsConfig read(YamlMapping yaml, SourceFolder isms, Diagnostics diagnostics) {
        yaml.warnUnknownKeys(KEYS, "isms.yaml");
        // soa: is read with soa.yaml (catalog.SoaReader); its keys are checked here, once.
        yaml.mapping("soa").ifPresent(soa -> soa.warnUnknownKeys(List.of("requireJustification"), "soa"));

        Organization organization = yaml.mapping("organization")
                .map(org -> {
                    org.warnUnknownKeys(List.of("name", "logo"), "organization");
                    org.string("logo").ifPresent(logo -> refuseOutside(logo, isms, diagnostics));
                    return new Organization(org.requiredString("name", "organization").map(Located::value).orElse(UNNAMED),
                            org.string("logo").map(Located::value).orElse(null));
                })
                .orElseGet(() -> {
                    if (!yaml.has("organization")) {
                        diagnostics.report(Code.KEY_REQUIRED, yaml.start(), "missing required key 'organization' (with its name) in isms.yaml");
                    }
                    return new Organization(UNNAMED, null);
                });

        String framework = yaml.string("framework").map(f -> {
            String value = f.value().toLowerCase(Locale.ROOT);
            if (!IsmsConfig.FRAMEWORKS.contains(value)) {
                diagnostics.report(Code.FRAMEWORK_UNKNOWN, f.at(), "unknown framework '" + f.value()
                        + "'; use iso27001:2022 or iso27001:2013 (own catalogs go under catalogs:)");
            }
            return value;
        }).orElse("iso27001:2022");

        List<String> catalogs = yaml.strings("catalogs").orElse(List.of()).stream().map(Located::value).toList();
        Map<String, List<String>> roles = roles(yaml, diagnostics);
        List<String> classifications = yaml.strings("classifications")
                .map(list -> list.stream().map(c -> c.value().toLowerCase(Locale.ROOT)).toList())
                .filter(list -> !list.isEmpty())
                .orElse(IsmsConfig.DEFAULT_CLASSIFICATIONS);

        Defaults defaults = yaml.mapping("defaults").map(d -> defaults(d, roles, classifications, diagnostics))
                .orElse(NO_DEFAULTS);
        ApprovalPolicy approval = yaml.mapping("approval").map(a -> approval(a, diagnostics)).orElse(ApprovalPolicy.DEFAULT);
        List<Member> people = yaml.mapping("people").map(p -> people(p, diagnostics)).orElse(List.of());
        SitePolicy site = yaml.mapping("site").map(s -> {
            s.warnUnknownKeys(List.of("publish", "language"), "site");
            String publish = s.string("publish").map(p -> {
                String value = p.value().toLowerCase(Locale.ROOT);
                if (!classifications.contains(value)) {
                    diagnostics.report(Code.CLASSIFICATION_UNKNOWN, p.at(), "site.publish '" + p.value()
                            + "' is not one of the classifications: " + String.join(", ", classifications));
                }
                return value;
            }).orElse(defaultPublish(classifications));
            String language = s.string("language").flatMap(l -> language(l, "site.language", diagnostics))
                    .orElse(SitePolicy.DEFAULT_LANGUAGE);
            return new SitePolicy(publish, language);
        }).orElse(new SitePolicy(defaultPublish(classifications)));

        AcknowledgementPolicy acknowledgement = acknowledgement(yaml, defaults.classification(), classifications, diagnostics);
        return new IsmsConfig(organization, framework, catalogs, roles, classifications, defaults, approval, site, yaml.start(),
                people, acknowledgement);
    }

    /**
     * audiences: {all-staff: people/staff.csv, it: [a@example.com], board: {file: board.csv, classification: confidential}}
     * and acknowledgement: {form, renewOn, within}. Audience files are only named here; they are read with the records.
     */
    private static AcknowledgementPolicy acknowledgement(YamlMapping yaml, String defaultClassification,
            List<String> classifications, Diagnostics diagnostics) {
        Map<String, AudienceSource> audiences = new LinkedHashMap<>();
        yaml.mapping("audiences").ifPresent(list -> {
            for (String name : list.keys()) {
                audience(list, name, defaultClassification, classifications, diagnostics).ifPresent(a -> audiences.put(name, a));
            }
        });
        Optional<YamlMapping> settings = yaml.mapping("acknowledgement");
        settings.ifPresent(a -> a.warnUnknownKeys(List.of("form", "renewOn", "within"), "acknowledgement"));
        String form = settings.flatMap(a -> a.string("form")).map(f -> {
            if (!f.value().matches("https?://\\S+")) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_SETTING_INVALID, f.at(), "acknowledgement.form '" + f.value()
                        + "' must be an http(s) URL, e.g. https://forms.example.com/ack?doc={id}&version={version}");
                return null;
            }
            return f.value();
        }).orElse(null);
        AcknowledgementPolicy.RenewOn renewOn = settings.flatMap(a -> a.string("renewOn")).map(r -> {
            Optional<AcknowledgementPolicy.RenewOn> parsed = AcknowledgementPolicy.RenewOn.parse(r.value());
            if (parsed.isEmpty()) {
                diagnostics.report(Code.ACKNOWLEDGEMENT_SETTING_INVALID, r.at(), "acknowledgement.renewOn '" + r.value()
                        + "' is none of major (the default: a new major version is acknowledged again), minor or every");
            }
            return parsed.orElse(AcknowledgementPolicy.RenewOn.MAJOR);
        }).orElse(AcknowledgementPolicy.RenewOn.MAJOR);
        ReviewInterval within = settings.flatMap(a -> a.string("within")).flatMap(w -> interval(w, "acknowledgement.within", diagnostics))
                .orElse(AcknowledgementPolicy.DEFAULT_WITHIN);
        return new AcknowledgementPolicy(audiences, form, renewOn, within);
    }

    private static Optional<AudienceSource> audience(YamlMapping audiences, String name, String defaultClassification,
            List<String> classifications, Diagnostics diagnostics) {
        SourcePosition at = audiences.keyPosition(name);
        if (audiences.holdsMapping(name)) {
            YamlMapping a = audiences.mapping(name).orElseThrow();
            a.warnUnknownKeys(List.of("file", "members", "classification"), "audiences." + name);
            String classification = a.string("classification").map(c -> {
                String value = c.value().toLowerCase(Locale.ROOT);
                if (!classifications.contains(value)) {
                    diagnostics.report(Code.CLASSIFICATION_UNKNOWN, c.at(), "audiences." + name + ".classification '"
                            + c.value() + "' is not one of the classifications: " + String.join(", ", classifications));
                }
                return value;
            }).orElse(defaultClassification);
            Optional<Located<String>> file = a.string("file");
            if (file.isPresent() == a.has("members")) {
                diagnostics.report(Code.KEY_REQUIRED, at, "audience " + name + " names either file: (a CSV with an e-mail "
                        + "column) or members: (a list of e-mail addresses)");
                return Optional.empty();
            }
            return Optional.of(new AudienceSource(name, file.map(Located::value).orElse(null),
                    members(a, "members", name, diagnostics), classification, at));
        }
        if (audiences.holdsList(name)) {
            return Optional.of(new AudienceSource(name, null, members(audiences, name, name, diagnostics),
                    defaultClassification, at));
        }
        return audiences.string(name).map(f -> new AudienceSource(name, f.value(), List.of(), defaultClassification, at));
    }

    private static List<String> members(YamlMapping yaml, String key, String audience, Diagnostics diagnostics) {
        List<String> emails = new ArrayList<>();
        for (Located<String> member : yaml.strings(key).orElse(List.of())) {
            if (EMAIL.matcher(member.value()).matches()) {
                emails.add(member.value());
            } else {
                diagnostics.report(Code.EMAIL_INVALID, member.at(), "audience " + audience + ": '" + member.value()
                        + "' is not an e-mail address");
            }
        }
        return emails;
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * A language as a BCP 47 tag ({@code en}, {@code nl}, {@code de-CH}), the form the {@code lang} attribute and the
     * PDF's {@code /Lang} take; anything else is {@link Code#LANGUAGE_INVALID}.
     */
    static Optional<String> language(Located<String> text, String key, Diagnostics diagnostics) {
        String value = text.value().strip();
        if (!LANGUAGE_TAG.matcher(value).matches()) {
            diagnostics.report(Code.LANGUAGE_INVALID, text.at(), key + " '" + text.value()
                    + "' is not a language tag such as en, nl, de, fr or de-CH");
            return Optional.empty();
        }
        int dash = value.indexOf('-');
        return Optional.of(dash < 0 ? value.toLowerCase(Locale.ROOT)
                : value.substring(0, dash).toLowerCase(Locale.ROOT) + value.substring(dash));
    }

    /** Without a setting, the site carries what every employee may read: the second-lowest level, "internal". */
    private static String defaultPublish(List<String> classifications) {
        return classifications.size() > 1 ? classifications.get(1) : classifications.isEmpty() ? "internal" : classifications.get(0);
    }

    private static Map<String, List<String>> roles(YamlMapping yaml, Diagnostics diagnostics) {
        if (!yaml.has("roles")) {
            diagnostics.report(Code.KEY_REQUIRED, yaml.start(), "missing required key 'roles' in isms.yaml;"
                    + " owners and approvers are roles held by people (for example CISO: [alice@example.com])");
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        yaml.mapOfStringLists("roles").forEach((role, members) -> {
            List<String> emails = new ArrayList<>();
            for (Located<String> member : members) {
                if (EMAIL.matcher(member.value()).matches()) {
                    emails.add(member.value());
                } else {
                    diagnostics.report(Code.EMAIL_INVALID, member.at(), "role " + role.value() + ": '" + member.value()
                            + "' is not an e-mail address; roles are matched to git authors by e-mail");
                }
            }
            roles.put(role.value(), List.copyOf(emails));
        });
        return roles;
    }

    /** Defaults are checked here, where their lines are known, so a wrong one is reported once and at its place. */
    private static Defaults defaults(YamlMapping d, Map<String, List<String>> roles, List<String> classifications,
            Diagnostics diagnostics) {
        d.warnUnknownKeys(List.of("classification", "review", "owner", "approvers"), "defaults");
        String classification = d.string("classification").map(c -> {
            String value = c.value().toLowerCase(Locale.ROOT);
            if (!classifications.contains(value)) {
                diagnostics.report(Code.CLASSIFICATION_UNKNOWN, c.at(), "defaults.classification '" + c.value()
                        + "' is not one of the classifications: " + String.join(", ", classifications));
            }
            return value;
        }).orElse("internal");
        ReviewInterval review = d.string("review").flatMap(r -> interval(r, diagnostics)).orElse(Defaults.DEFAULT_REVIEW);
        Optional<Located<String>> owner = d.string("owner");
        owner.ifPresent(o -> knownRole(o, "defaults.owner", roles, diagnostics));
        List<Located<String>> approvers = d.strings("approvers").orElse(List.of());
        approvers.forEach(a -> knownRole(a, "defaults.approvers", roles, diagnostics));
        return new Defaults(classification, review, owner.map(Located::value).orElse(null),
                approvers.stream().map(Located::value).toList());
    }

    /** Without roles (already reported as missing) every role would be unknown; one report is enough. */
    private static void knownRole(Located<String> role, String what, Map<String, List<String>> roles, Diagnostics diagnostics) {
        if (!roles.isEmpty() && !roles.containsKey(role.value())) {
            diagnostics.report(Code.ROLE_UNKNOWN, role.at(), unknownRole(what, role.value(), roles.keySet()));
        }
    }

    private static String unknownRole(String what, String role, Collection<String> defined) {
        return what + " role '" + role + "' is not defined under roles: in isms.yaml (defined: "
                + String.join(", ", defined) + ")";
    }

    private static ApprovalPolicy approval(YamlMapping a, Diagnostics diagnostics) {
        a.warnUnknownKeys(List.of("branch", "evidence", "trailers", "authorMayApprove", "staleReviews",
                "singleParentTrailers", "signers", "requestUrl"), "approval");
        String branch = a.string("branch").map(Located::value).orElse(ApprovalPolicy.DEFAULT.branch());
        List<EvidenceKind> evidence = new ArrayList<>();
        for (Located<String> kind : a.strings("evidence").orElse(List.of())) {
            Optional<EvidenceKind> parsed = EvidenceKind.parse(kind.value());
            parsed.ifPresentOrElse(evidence::add, () -> diagnostics.report(Code.EVIDENCE_UNKNOWN, kind.at(),
                    "unknown approval evidence '" + kind.value() + "'; use reviews, trailers or merger"));
        }
        List<String> trailers = a.strings("trailers").map(t -> t.stream().map(Located::value).toList())
                .orElse(ApprovalPolicy.DEFAULT.trailers());
        boolean authorMayApprove = flag(a, "authorMayApprove", diagnostics);
        boolean singleParentTrailers = flag(a, "singleParentTrailers", diagnostics);
        boolean staleAllowed = a.string("staleReviews").map(s -> {
            String value = s.value().toLowerCase(Locale.ROOT);
            if (!value.equals("allow") && !value.equals("deny")) {
                diagnostics.report(Code.APPROVAL_SETTING_INVALID, s.at(), "approval.staleReviews '" + s.value()
                        + "' is neither allow nor deny (deny, the default: a review counts only on the head that was merged)");
            }
            return value.equals("allow");
        }).orElse(false);
        String requestUrl = a.string("requestUrl").map(u -> {
            if (!u.value().matches("https?://\\S+") || !u.value().contains("{number}")) {
                diagnostics.report(Code.APPROVAL_SETTING_INVALID, u.at(), "approval.requestUrl '" + u.value()
                        + "' must be an http(s) URL containing {number}, e.g. https://github.com/org/isms/pull/{number}");
                return null;
            }
            return u.value();
        }).orElse(null);
        List<TrustedSigner> signers = a.mappings("signers").map(list -> signers(list, diagnostics)).orElse(List.of());
        return new ApprovalPolicy(branch, evidence.isEmpty() ? ApprovalPolicy.DEFAULT.evidence() : List.copyOf(evidence),
                trailers, authorMayApprove, staleAllowed, singleParentTrailers, signers, requestUrl);
    }

    private static boolean flag(YamlMapping a, String key, Diagnostics diagnostics) {
        return a.string(key).map(f -> {
            String value = f.value().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                diagnostics.report(Code.APPROVAL_SETTING_INVALID, f.at(), "approval." + key + " '" + f.value()
                        + "' is neither true nor false");
            }
            return value.equals("true");
        }).orElse(false);
    }

    /** Each entry names one key: {@code openpgp:} an armored public key block, or {@code ssh:} an allowed-signers line. */
    private static List<TrustedSigner> signers(List<YamlMapping> entries, Diagnostics diagnostics) {
        List<TrustedSigner> signers = new ArrayList<>();
        for (YamlMapping entry : entries) {
            entry.warnUnknownKeys(List.of("name", "openpgp", "ssh"), "approval.signers");
            String name = entry.string("name").map(Located::value).orElse(null);
            Optional<Located<String>> openpgp = entry.string("openpgp");
            Optional<Located<String>> ssh = entry.string("ssh");
            if (openpgp.isPresent() == ssh.isPresent()) {
                diagnostics.report(Code.SIGNER_INVALID, entry.start(), "an approval.signers entry names exactly one key: "
                        + "openpgp: (an armored public key block) or ssh: (an allowed-signers line)");
                continue;
            }
            if (openpgp.isPresent()) {
                String key = openpgp.get().value();
                if (!key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----") || !key.contains("-----END PGP PUBLIC KEY BLOCK-----")) {
                    diagnostics.report(Code.SIGNER_INVALID, openpgp.get().at(), "approval.signers openpgp: is not an "
                            + "ASCII-armored public key block (-----BEGIN PGP PUBLIC KEY BLOCK----- ... -----END ...); "
                            + "write it as a YAML block scalar (openpgp: |)");
                    continue;
                }
                signers.add(new TrustedSigner(TrustedSigner.Format.OPENPGP, key + "\n", name));
            } else {
                String line = ssh.get().value();
                if (!SSH_ALLOWED_SIGNER.matcher(line).matches()) {
                    diagnostics.report(Code.SIGNER_INVALID, ssh.get().at(), "approval.signers ssh: '" + line
                            + "' is not an allowed-signers line: principals [options] keytype key, "
                            + "e.g. noreply@example.com ssh-ed25519 AAAAC3Nz...");
                    continue;
                }
                signers.add(new TrustedSigner(TrustedSigner.Format.SSH, line, name));
            }
        }
        return List.copyOf(signers);
    }

    /** people: {bob@example.com: {name: Bob Becker, github: bob-b, gitlab: bbecker}}; a login names one person. */
    private static List<Member> people(YamlMapping people, Diagnostics diagnostics) {
        List<Member> members = new ArrayList<>();
        Map<String, String> githubOwner = new LinkedHashMap<>();
        Map<String, String> gitlabOwner = new LinkedHashMap<>();
        for (String email : people.keys()) {
            if (!EMAIL.matcher(email).matches()) {
                diagnostics.report(Code.EMAIL_INVALID, people.keyPosition(email), "people: '" + email
                        + "' is not an e-mail address; people are keyed by the e-mail address roles name them by");
                continue;
            }
            Optional<YamlMapping> entry = people.mapping(email);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMapping p = entry.get();
            p.warnUnknownKeys(List.of("name", "github", "gitlab"), "people." + email);
            String github = login(p, "github", GITHUB_LOGIN, githubOwner, email, diagnostics);
            String gitlab = login(p, "gitlab", GITLAB_LOGIN, gitlabOwner, email, diagnostics);
            members.add(new Member(email, p.string("name").map(Located::value).orElse(null), github, gitlab));
        }
        return List.copyOf(members);
    }

    private static String login(YamlMapping person, String platform, Pattern valid, Map<String, String> owners,
            String email, Diagnostics diagnostics) {
        Optional<Located<String>> login = person.string(platform);
        if (login.isEmpty()) {
            return null;
        }
        String value = login.get().value().startsWith("@") ? login.get().value().substring(1) : login.get().value();
        if (!valid.matcher(value).matches()) {
            diagnostics.report(Code.LOGIN_INVALID, login.get().at(), "people." + email + "." + platform + " '"
                    + login.get().value() + "' is not a valid " + platform + " login");
            return null;
        }
        String other = owners.putIfAbsent(value.toLowerCase(Locale.ROOT), email);
        if (other != null) {
            diagnostics.report(Code.LOGIN_INVALID, login.get().at(), "people." + email + "." + platform + " '" + value
                    + "' is already the " + platform + " login of " + other + "; a login names one person");
            return null;
        }
        return value;
    }

    static Optional<ReviewInterval> interval(Located<String> text, Diagnostics diagnostics) {
        return interval(text, "review interval", diagnostics);
    }

    /** A period as people write it; {@code what} names it in the diagnostic ("evidence frequency"). */
    public static Optional<ReviewInterval> interval(Located<String> text, String what, Diagnostics diagnostics) {
        Optional<ReviewInterval> parsed = ReviewInterval.parse(text.value());
        if (parsed.isEmpty()) {
            diagnostics.report(Code.INTERVAL_INVALID, text.at(), what + " '" + text.value()
                    + "' is not like '12 months', '1 year', '6 weeks', '90 days', '30d', 'quarterly' or 'P1Y'");
        }
        return parsed;
    }
}
