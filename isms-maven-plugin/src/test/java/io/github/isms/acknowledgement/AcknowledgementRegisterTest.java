package io.github.isms.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AcknowledgementRegisterTest {

    @Test
    void theFormUrlCarriesIdVersionAndTitleUrlEncoded() {
        AcknowledgementRegister register = new AcknowledgementRegister(Map.of(),
                "https://forms.example.com/ack?doc={id}&v={version}&t={title}");

        assertThat(register.formUrl("POL-1", "2.0", "Acceptable use & e-mail"))
                .isEqualTo("https://forms.example.com/ack?doc=POL-1&v=2.0&t=Acceptable%20use%20%26%20e-mail");
    }

    @Test
    void withoutAFormThereIsNoUrl() {
        assertThat(AcknowledgementRegister.NONE.formUrl("POL-1", "1.0", "x")).isEmpty();
    }
}
