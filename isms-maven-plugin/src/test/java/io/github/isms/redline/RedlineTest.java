package io.github.isms.redline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A redline shows the Markdown source as written: every character of it is text, never markup. */
class RedlineTest {

    @Test
    void changedWordsAreMarkedAsDeletedAndInserted() {
        assertThat(Redline.html("Keep logs 30 days.\n", "Keep logs 90 days.\n")).isEqualTo("Keep logs <del>30</del><ins>90</ins> days.\n");
    }

    @Test
    void anEscapedEntityInTheSourceShowsAsWrittenNotAsTheCharacterItStandsFor() {
        String html = Redline.html("Use &lt;b&gt; tags & <i> here.\n", "Use &lt;b&gt; tags & <i> there.\n");
        assertThat(html).isEqualTo("Use &amp;lt;b&amp;gt; tags &amp; &lt;i&gt; <del>here</del><ins>there</ins>.\n");
    }

    @Test
    void insertedAndDeletedLinesAreEscapedToo() {
        assertThat(Redline.html("a\n", "a\n&amp; <script>\n")).isEqualTo("a\n<ins>&amp;amp; &lt;script&gt;</ins>\n");
    }

    @Test
    void noChangeIsAnEmptyRedline() {
        assertThat(Redline.html("same & same\n", "same & same\n")).isEmpty();
    }
}
