package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalStatusMappingTest {

    private final NationalStatusMapping bundled = new NationalStatusMapping();

    @Test
    void bundledTableMapsEveryStateToTheTenNationalCodes() {
        assertThat(bundled.codeOf(DossierState.REGISTERED)).isEqualTo(1);
        assertThat(bundled.codeOf(DossierState.RECEIVED)).isEqualTo(2);
        assertThat(bundled.codeOf(DossierState.REFUSED)).isEqualTo(3);
        assertThat(bundled.codeOf(DossierState.PROCESSING)).isEqualTo(4);
        assertThat(bundled.codeOf(DossierState.INTEROPERATING)).isEqualTo(4);
        assertThat(bundled.codeOf(DossierState.SUPPLEMENT_REQUESTED)).isEqualTo(5);
        assertThat(bundled.codeOf(DossierState.PAYMENT_REQUESTED)).isEqualTo(6);
        assertThat(bundled.codeOf(DossierState.WITHDRAWN)).isEqualTo(7);
        assertThat(bundled.codeOf(DossierState.STOPPED)).isEqualTo(8);
        assertThat(bundled.codeOf(DossierState.FINISHED)).isEqualTo(9);
        assertThat(bundled.codeOf(DossierState.RETURNED)).isEqualTo(10);
    }

    @Test
    void refusesATableThatLeavesAStateUnmapped() {
        assertThatThrownBy(() -> NationalStatusMapping.read(new StringReader("REGISTERED=1\n")))
                .hasMessageContaining("not mapped");
    }

    @Test
    void refusesACodeOutsideTheNationalList() {
        StringBuilder table = new StringBuilder();
        for (DossierState s : DossierState.values()) {
            table.append(s).append('=').append(s == DossierState.STOPPED ? 11 : 4).append('\n');
        }
        assertThatThrownBy(() -> NationalStatusMapping.read(new StringReader(table.toString())))
                .hasMessageContaining("STOPPED");
    }
}
