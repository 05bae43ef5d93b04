package io.github.isms.risk;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.SourceReader;
import io.github.isms.source.Values;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code risks.yaml}, the risk register and treatment plan:
 * <pre>
 * scale:                      # optional; these are the defaults
 *   likelihood: [Rare, Unlikely, Possible, Likely, Almost certain]
 *   impact: [Negligible, Minor, Moderate, Major, Severe]
 *   appetite: 9               # highest accepted likelihood × impact
 * risks:
 *   - id: R-001
 *     title: Ransomware encrypts the file shares
 *     owner: CISO
 *     likelihood: 4           # a level number or its name
 *     impact: Severe
 *     treatment: modify
 *     controls: [A.8.7, A.8.13]
 *     residual: {likelihood: 2, impact: 4}
 * </pre>
 * Every rule about the file itself is checked here, all problems in one pass; whether the
 * controls exist is asked of the catalogs in {@code check.RiskRules}.
 */
public final class RiskReader {

    static final List<String> TOP_KEYS = List.of("scale", "risks");
    static final List<String> SCALE_KEYS = List.of("likelihood", "impact", "appetite");
    static final List<String> RISK_KEYS = List.of("id", "title", "owner", "assets", "description", "likelihood", "impact",
            "treatment", "controls", "plan", "due", "status", "residual", "acceptance", "reviewed");
    static final List<String> RATING_KEYS = List.of("likelihood", "impact");
    static final List<String> ACCEPTANCE_KEYS = List.of("by", "date");

    private final IsmsConfig config;
    private final Diagnostics diagnostics;

    private RiskReader(IsmsConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public static RiskRegister read(IsmsProject project, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        Path file = project.ismsDir().resolve("risks.yaml");
        String path = reader.relativePath(file);
        if (!Files.isRegularFile(file)) {
            return RiskRegister.absent(path);
        }
        Optional<YamlMapping> yaml = reader.read(file, diagnostics)
                .flatMap(source -> YamlParser.parseMapping(source.text(), source.relativePath(), 1, diagnostics));
        if (yaml.isEmpty()) {
            return new RiskRegister(path, true, RiskScale.defaults(), List.of());
        }
        return new RiskReader(project.config(), diagnostics).register(path, yaml.get());
    }

    private RiskRegister register(String path, YamlMapping yaml) {
        yaml.warnUnknownKeys(TOP_KEYS, "risks.yaml");
        RiskScale scale = yaml.mapping("scale").map(this::scale).orElse(RiskScale.defaults());
        List<Risk> risks = new ArrayList<>();
        yaml.mappings("risks").ifPresent(items -> items.forEach(item -> risks.add(risk(item, scale))));
        uniqueIds(risks);
        return new RiskRegister(path, true, scale, risks);
    }

    private RiskScale scale(YamlMapping scale) {
        scale.warnUnknownKeys(SCALE_KEYS, "scale");
        List<String> likelihood = levels(scale, "likelihood", RiskScale.DEFAULT_LIKELIHOOD);
        List<String> impact = levels(scale, "impact", RiskScale.DEFAULT_IMPACT);
        int appetite = scale.string("appetite").flatMap(a -> {
            Optional<Integer> value = number(a.value()).filter(n -> n >= 1 && n <= likelihood.size() * impact.size());
            if (value.isEmpty()) {
                diagnostics.report(Code.RISK_OUTSIDE_SCALE, a.at(), "appetite '" + a.value() + "' must be a score from 1 to "
                        + likelihood.size() * impact.size() + " (likelihood × impact)");
            }
            return value;
        }).orElse(RiskScale.defaultAppetite(likelihood.size(), impact.size()));
        return new RiskScale(likelihood, impact, appetite);
    }

    /** The names of a scale's levels; fewer than two can not rank anything, so the defaults stay then. */
    private List<String> levels(YamlMapping scale, String axis, List<String> defaults) {
        Optional<List<Located<String>>> names = scale.strings(axis);
        if (names.isEmpty()) {
            return defaults;
        }
        if (names.get().size() < 2) {
            diagnostics.report(Code.RISK_OUTSIDE_SCALE, scale.valuePosition(axis), "the " + axis
                    + " scale needs at least two levels, lowest first, for example " + String.join(", ", defaults));
            return defaults;
        }
        return names.get().stream().map(Located::value).toList();
    }

    private Risk risk(YamlMapping risk, RiskScale scale) {
        Optional<Located<String>> idValue = risk.requiredString("id", "a risk");
        String id = idValue.map(Located::value).orElse("");
        idValue.filter(i -> !Values.isId(i.value())).ifPresent(i -> diagnostics.report(Code.ID_FORMAT, i.at(),
                "risk id '" + i.value() + "' may hold only letters, digits, '.', '-' and '_' (for example R-001)"));
        String where = id.isEmpty() ? "a risk" : "risk " + id;
        risk.warnUnknownKeys(RISK_KEYS, where);
        String title = risk.requiredString("title", where).map(Located::value).orElse(id);
        Optional<Located<String>> owner = risk.requiredString("owner", where);
        owner.ifPresent(o -> role(o, "owner of " + where));
        Optional<Rating> inherent = rating(risk, scale, where);
        Optional<Located<String>> treatmentValue = risk.string("treatment");
        Optional<Treatment> treatment = treatmentValue.flatMap(t -> {
            Optional<Treatment> parsed = Treatment.parse(t.value());
            if (parsed.isEmpty()) {
                diagnostics.report(Code.RISK_TREATMENT_UNKNOWN, t.at(), "treatment '" + t.value() + "' of " + where
                        + " is not one of " + String.join(", ", Treatment.labels()));
            }
            return parsed;
        });
        Optional<PlanStatus> status = risk.string("status").flatMap(s -> {
            Optional<PlanStatus> parsed = PlanStatus.parse(s.value());
            if (parsed.isEmpty()) {
                diagnostics.report(Code.RISK_PLAN_STATUS_UNKNOWN, s.at(), "status '" + s.value() + "' of " + where
                        + " is not one of planned, in-progress, done");
            }
            return parsed;
        });
        Optional<Rating> residual = risk.mapping("residual").flatMap(r -> {
            r.warnUnknownKeys(RATING_KEYS, "the residual risk of " + where);
            return rating(r, scale, "the residual risk of " + where);
        });
        Optional<Acceptance> acceptance = risk.mapping("acceptance").map(a -> acceptance(a, where));
        if (treatment.filter(t -> t == Treatment.RETAIN).isPresent() && acceptance.isEmpty()) {
            diagnostics.report(Code.RISK_ACCEPTANCE_MISSING, treatmentValue.orElseThrow().at(), where
                    + " is retained without an acceptance; add acceptance: {by: <role>, date: YYYY-MM-DD} (clause 6.1.3 f)");
        }
        return new Risk(id, title, owner.map(Located::value).orElse(""),
                risk.strings("assets").orElse(List.of()).stream().map(Located::value).toList(),
                risk.string("description").map(Located::value).orElse(null), inherent, treatment,
                risk.strings("controls").orElse(List.of()), risk.string("plan").map(Located::value).orElse(null),
                risk.string("due").flatMap(this::date), status, residual, acceptance,
                risk.string("reviewed").flatMap(this::date), idValue.map(Located::at).orElse(risk.start()));
    }

    /** Likelihood and impact, both required; a level may be written as its number or its name. */
    private Optional<Rating> rating(YamlMapping mapping, RiskScale scale, String where) {
        Optional<Integer> likelihood = mapping.requiredString("likelihood", where).flatMap(l -> level(l, "likelihood", scale.likelihood()));
        Optional<Integer> impact = mapping.requiredString("impact", where).flatMap(i -> level(i, "impact", scale.impact()));
        return likelihood.isPresent() && impact.isPresent()
                ? Optional.of(new Rating(likelihood.get(), impact.get())) : Optional.empty();
    }

    private Optional<Integer> level(Located<String> value, String axis, List<String> names) {
        Optional<Integer> level = number(value.value()).filter(n -> n >= 1 && n <= names.size());
        if (level.isEmpty()) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(value.value())) {
                    level = Optional.of(i + 1);
                }
            }
        }
        if (level.isEmpty()) {
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                levels.add((i + 1) + " " + names.get(i));
            }
            diagnostics.report(Code.RISK_OUTSIDE_SCALE, value.at(), axis + " '" + value.value() + "' is not on the scale: "
                    + String.join(", ", levels));
        }
        return level;
    }

    private Acceptance acceptance(YamlMapping acceptance, String where) {
        String what = "the acceptance of " + where;
        acceptance.warnUnknownKeys(ACCEPTANCE_KEYS, what);
        Optional<Located<String>> by = acceptance.requiredString("by", what);
        by.ifPresent(b -> role(b, "acceptance of " + where));
        Optional<LocalDate> date = acceptance.requiredString("date", what).flatMap(this::date);
        return new Acceptance(by.map(Located::value).orElse(""), date.orElse(null));
    }

    private void role(Located<String> role, String what) {
        if (!config.hasRole(role.value())) {
            diagnostics.report(Code.ROLE_UNKNOWN, role.at(), "role '" + role.value() + "' (" + what
                    + ") is not defined under roles: in isms.yaml (defined: " + String.join(", ", config.roles().keySet()) + ")");
        }
    }

    private Optional<LocalDate> date(Located<String> text) {
        return Values.date(text, diagnostics);
    }

    /** Reported at both risks, each naming the other, like duplicate document ids. */
    private void uniqueIds(List<Risk> risks) {
        Map<String, Risk> first = new LinkedHashMap<>();
        for (Risk risk : risks) {
            if (risk.id().isEmpty()) {
                continue;
            }
            Risk earlier = first.putIfAbsent(risk.id().toUpperCase(Locale.ROOT), risk);
            if (earlier != null) {
                diagnostics.report(Code.RISK_ID_DUPLICATE, risk.at(), "risk id '" + risk.id() + "' is already used at " + earlier.at());
                diagnostics.report(Code.RISK_ID_DUPLICATE, earlier.at(), "risk id '" + earlier.id() + "' is used again at " + risk.at());
            }
        }
    }

    private static Optional<Integer> number(String text) {
        return text.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
