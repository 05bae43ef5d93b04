package io.github.isms.wordimport;

/**
 * One Word file of an import.
 *
 * @param source   the Word file, relative to the project when it lies inside it
 * @param id       the document id it was given, or null when it was not imported
 * @param written  the Markdown file written, relative to the project, or null when none was
 * @param warnings how many warnings the file gave
 */
public record ImportedFile(String source, String id, String written, int warnings) {

    public boolean imported() {
        return written != null;
    }
}
