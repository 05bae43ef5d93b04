package io.github.isms.site;

import java.util.List;

/** {@code register.html}: the master list of documented information, grouped by type. */
public record RegisterPage(List<TypeGroup> groups, int published, int withheld, String publishLimit) implements SitePage {

    @Override
    public String path() {
        return "register.html";
    }

    @Override
    public String template() {
        return "register";
    }

    @Override
    public String title() {
        return "Document register";
    }
}
