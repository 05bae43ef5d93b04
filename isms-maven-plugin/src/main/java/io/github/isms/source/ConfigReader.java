package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.ApprovalPolicy;
import io.github.isms.model.Defaults;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.Organization;
import io.github.isms.model.ReviewInterval;
import io.github.isms.model.SitePolicy;
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
            "defaults", "approval", "site", "mandatoryDocuments", "soa");
    private static final String UNNAMED = "Organization";
    private static final Defaults NO_DEFAULTS = new Defaults("internal", Defaults.DEFAULT_REVIEW, null, List.of());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");

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
        SitePolicy site = yaml.mapping("site").map(s -> {
            s.warnUnknownKeys(List.of("publish"), "site");
            return s.string("publish").map(p -> {
                String value = p.value().toLowerCase(Locale.ROOT);
                if (!classifications.contains(value)) {
                    diagnostics.report(Code.CLASSIFICATION_UNKNOWN, p.at(), "site.publish '" + p.value()
                            + "' is not one of the classifications: " + String.join(", ", classifications));
                }
                return new SitePolicy(value);
            }).orElse(new SitePolicy(defaultPublish(classifications)));
        }).orElse(new SitePolicy(defaultPublish(classifications)));

        return new IsmsConfig(organization, framework, catalogs, roles, classifications, defaults, approval, site, yaml.start());
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
        a.warnUnknownKeys(List.of("branch", "evidence", "trailers"), "approval");
        String branch = a.string("branch").map(Located::value).orElse(ApprovalPolicy.DEFAULT.branch());
        List<EvidenceKind> evidence = new ArrayList<>();
        for (Located<String> kind : a.strings("evidence").orElse(List.of())) {
            Optional<EvidenceKind> parsed = EvidenceKind.parse(kind.value());
            parsed.ifPresentOrElse(evidence::add, () -> diagnostics.report(Code.EVIDENCE_UNKNOWN, kind.at(),
                    "unknown approval evidence '" + kind.value() + "'; use trailers or merger"));
        }
        List<String> trailers = a.strings("trailers").map(t -> t.stream().map(Located::value).toList())
                .orElse(ApprovalPolicy.DEFAULT.trailers());
        return new ApprovalPolicy(branch, evidence.isEmpty() ? ApprovalPolicy.DEFAULT.evidence() : List.copyOf(evidence), trailers);
    }

    static Optional<ReviewInterval> interval(Located<String> text, Diagnostics diagnostics) {
        Optional<ReviewInterval> parsed = ReviewInterval.parse(text.value());
        if (parsed.isEmpty()) {
            diagnostics.report(Code.INTERVAL_INVALID, text.at(), "review interval '" + text.value()
                    + "' is not like '12 months', '1 year', '6 weeks', '90 days' or 'P1Y'");
        }
        return parsed;
    }
}
