package io.github.isms.site;

import io.github.isms.markdown.Heading;
import io.github.isms.model.Document;
import io.github.isms.render.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages every site has: dashboard, register, search, and one page per published document. */
public final class CorePages implements PageSource {

    private static final Pattern LEADING_H1 = Pattern.compile("\\s*<h1[^>]*>([^<]*)</h1>\\s*");

    @Override
    public List<NavLink> navLinks() {
        return List.of(NavLink.labelled("nav.dashboard", "index.html"), NavLink.labelled("nav.register", "register.html"),
                NavLink.labelled("nav.search", "search.html"));
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        List<TypeGroup> groups = model.groups();
        List<SitePage> pages = new ArrayList<>();
        pages.add(new DashboardPage(groups, countBy(model, DocumentSummary::status), countBy(model, this::state),
                model.documents().size(), model.withheld(), model.publishLimit(), model.inputs().panels()));
        pages.add(new RegisterPage(inForce(groups), model.documents().size(), model.withheld(), model.publishLimit(),
                model.documents().stream().filter(d -> "retired".equals(d.status())).toList()));
        pages.add(new SearchPage());
        for (Document d : model.inputs().project().documents()) {
            model.document(d.id()).ifPresent(summary -> pages.add(documentPage(model, d, summary, model.inputs().body(d.id()))));
        }
        return pages;
    }

    @Override
    public List<String> bodies(SiteModel model) {
        return model.documents().stream().map(d -> model.inputs().body(d.id()).html()).toList();
    }

    /** Document {@code d}'s page with {@code body} as its rendered body. */
    static DocumentPage documentPage(SiteModel model, Document d, DocumentSummary summary, RenderedDocument body) {
        String html = WithheldLinks.unlink(withoutLeadingTitle(body.html(), d.title()), model.withheldIds());
        List<Heading> contents = html.length() == body.html().length() || body.headings().isEmpty()
                ? body.headings() : body.headings().subList(1, body.headings().size());
        List<DocumentPage.Translation> switcher = model.translationsOf(d.id()).stream()
                .map(t -> new DocumentPage.Translation(t.language(), languageName(t.language()), t.url(), t.id().equals(d.id())))
                .toList();
        return new DocumentPage(summary, html, contents, model.referencing(d.id()),
                model.inputs().history(d.id()),
                d.language() == null ? "" : d.language(), switcher, outdatedOriginal(model, d),
                AcknowledgementView.of(d, model.inputs().history(d.id()), model.inputs().acknowledgements(),
                        model.inputs().project().config()));
    }

    /** A language's name as its readers write it: Nederlands, Deutsch, français. */
    static String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The original's version when it is of a newer major version than the translation {@code d}, else {@code ""}. */
    private static String outdatedOriginal(SiteModel model, Document d) {
        if (!d.translation()) {
            return "";
        }
        return model.inputs().project().documents().stream()
                .filter(o -> o.id().equals(d.translationOf().value()) && o.version().major() > d.version().major())
                .map(Document::versionText).findFirst().orElse("");
    }

    /*
     * Most documents open with "# <title>"; the page header already shows the title as its h1,
     * so that heading is left out rather than shown twice.
     */
    static String withoutLeadingTitle(String html, String title) {
        Matcher m = LEADING_H1.matcher(html);
        if (m.lookingAt() && org.jsoup.parser.Parser.unescapeEntities(m.group(1), false).strip().equals(title.strip())) {
            return html.substring(m.end());
        }
        return html;
    }

    /** The groups without retired documents; a type left empty drops out. */
    private static List<TypeGroup> inForce(List<TypeGroup> groups) {
        List<TypeGroup> result = new ArrayList<>();
        for (TypeGroup g : groups) {
            List<DocumentSummary> docs = g.documents().stream().filter(d -> !"retired".equals(d.status())).toList();
            if (!docs.isEmpty()) {
                result.add(new TypeGroup(g.key(), g.label(), docs));
            }
        }
        return result;
    }

    private String state(DocumentSummary d) {
        return d.state().isEmpty() ? "not-established" : d.state();
    }

    private static List<Count> countBy(SiteModel model, Function<DocumentSummary, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        model.documents().forEach(d -> counts.merge(key.apply(d), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
