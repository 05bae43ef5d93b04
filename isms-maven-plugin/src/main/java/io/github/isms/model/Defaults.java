package io.github.isms.model;

import java.util.List;

/** What a document gets when its front matter is silent (isms.yaml {@code defaults:}). */
public record Defaults(String classification, ReviewInterval review, String owner, List<String> approvers) {

    public static final ReviewInterval DEFAULT_REVIEW = ReviewInterval.parse("12 months").orElseThrow();
}
