package io.github.isms.markdown;

/** A policy-like Markdown body of a given size: headings, paragraphs, lists and tables. */
final class SyntheticDocument {

    private static final String[] WORDS = ("information security policy access control asset owner risk treatment "
            + "supplier incident backup review management approval classification confidential record retention").split(" ");

    private SyntheticDocument() {
    }

    static String ofWords(int words) {
        StringBuilder md = new StringBuilder("# Synthetic policy\n\n");
        int written = 0;
        for (int section = 1; written < words; section++) {
            md.append("## Section ").append(section).append("\n\n");
            for (int sentence = 0; sentence < 8; sentence++, written += 10) {
                md.append(sentence(section + sentence, 10)).append(". ");
            }
            md.append("\n\n");
            for (int item = 0; item < 4; item++, written += 6) {
                md.append("- **").append(WORDS[item]).append("** ").append(sentence(item + section, 5)).append('\n');
            }
            if (section <= 5) {
                md.append("\n| Control | Owner | Status |\n|---|---|---|\n");
                for (int row = 0; row < 4; row++, written += 3) {
                    md.append("| A.5.").append(row + 1).append(" | ").append(WORDS[row]).append(" | ").append(WORDS[row + 3]).append(" |\n");
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String sentence(int seed, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[(seed * 7 + i * 3) % WORDS.length]);
        }
        return s.toString();
    }
}
