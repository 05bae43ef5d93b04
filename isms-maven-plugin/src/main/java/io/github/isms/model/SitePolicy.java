package io.github.isms.model;

/** @param publish the highest classification that goes into the site */
public record SitePolicy(String publish) {
}
