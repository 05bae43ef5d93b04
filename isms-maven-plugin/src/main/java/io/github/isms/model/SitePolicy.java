package io.github.isms.model;

/**
 * @param publish  the highest classification that goes into the site
 * @param language the language of the site's and the PDFs' own words (a BCP 47 tag such as {@code en}, {@code nl},
 *                 {@code de-CH}), and of every document that does not say its own {@code language}
 */
public record SitePolicy(String publish, String language) {

    public static final String DEFAULT_LANGUAGE = "en";

    public SitePolicy(String publish) {
        this(publish, DEFAULT_LANGUAGE);
    }
}
