package io.github.isms.model;

/** @param logo a path under the ISMS folder, or null */
public record Organization(String name, String logo) {
}
