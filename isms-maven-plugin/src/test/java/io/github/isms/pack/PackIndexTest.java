package io.github.isms.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.sign.SigningKey;
import org.junit.jupiter.api.Test;

/** The index's statement of which key signed the pack. */
class PackIndexTest {

    @Test
    void aPackSignedWithADevelopmentKeySaysSoAndThatItCanNotBeMadeAgainByteForByte() {
        SigningKey key = SigningKey.developmentKey("Example Corp");

        assertThat(PackIndex.signer(key)).contains("CN=Example Corp ISMS (development key)", "SHA-256 fingerprint ",
                "This is a development key", "can not be made again byte for byte",
                "reproducible only when signed with the organisation's keystore");
    }

    @Test
    void theStatementIsEscapedInTheIndexPage() {
        assertThat(PackIndex.signerParagraph("CN=A <b>&</b>")).isEqualTo("<p class=\"signer\">CN=A &lt;b&gt;&amp;&lt;/b&gt;</p>\n");
    }
}
