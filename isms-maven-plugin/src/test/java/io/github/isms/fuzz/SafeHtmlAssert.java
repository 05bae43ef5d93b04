package io.github.isms.fuzz;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What sanitised HTML never holds, however it was written: a script, an event handler, a script URL. */
public final class SafeHtmlAssert {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "svg", "math", "iframe", "object", "embed",
            "style", "link", "meta", "base", "form", "frame", "frameset", "applet");

    private SafeHtmlAssert() {
    }

    /** Throws an AssertionError naming what is unsafe in {@code html}. */
    public static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (lower.contains("<script")) {
            throw new AssertionError("a script element: " + html);
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (FORBIDDEN_ELEMENTS.contains(element.normalName())) {
                throw new AssertionError("a <" + element.normalName() + "> element: " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                // A browser ignores whitespace and control characters in a URL's scheme.
                String value = attribute.getValue().replaceAll("[\\u0000-\\u0020\\u007f-\\u00a0]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
                    throw new AssertionError("an attribute " + name + ": " + html);
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    throw new AssertionError("a script URL in " + name + ": " + html);
                }
            }
        }
    }
}
