package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void versionsOrderAsNumbers() {
        assertThat(VersionOrder.INSTANCE.compare("1.9", "1.10")).isNegative();
        assertThat(VersionOrder.INSTANCE.compare("2.0", "1.10")).isPositive();
        assertThat(VersionOrder.INSTANCE.compare("1.0", "1.00")).isZero();
    }
}
