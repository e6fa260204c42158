package vn.lienthong.bench;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietMachineTest {

    @Test
    void aMeasuringRunRefusesToStartOnABusyMachineAndSaysHowToOverride() {
        assertThatThrownBy(() -> QuietMachine.before("max-rate", Optional.empty(), 0.51))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0.51")
                .hasMessageContaining("bench.max-load")
                .hasMessageContaining("-Dbench.max-load=any");
    }

    @Test
    void aQuietMachineIsMeasured() {
        assertThat(QuietMachine.before("max-rate", Optional.empty(), 0.2).generatorShare()).contains("% of");
    }

    @Test
    void theLimitCanBeRaisedOrLifted() {
        QuietMachine.before("fixed-rate", Optional.of("2"), 1.5);
        QuietMachine.before("fixed-rate", Optional.of("any"), 40);
        assertThatThrownBy(() -> QuietMachine.before("fixed-rate", Optional.of("1"), 1.5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void generatingDataNeedsNoQuietMachine() {
        QuietMachine.before("generate-inbox", Optional.empty(), 30);
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedByName() {
        assertThatThrownBy(() -> QuietMachine.before("floor", Optional.of("low"), 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench.max-load");
    }
}
