package vn.lienthong.directory.change;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.NotAllowedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A province's hub account changes at the national axis only what the national axis reaches through it. */
class HubScopeTest {

    private static final AgencyCode PROVINCE_A = AgencyCode.of("000.00.90.H41");
    private static final AgencyCode PROVINCE_B = AgencyCode.of("000.00.90.H29");
    private static final AgencyCode UNIT = AgencyCode.of("000.00.12.H41");
    private static final AgencyCode NEW_UNIT = AgencyCode.of("000.01.12.H41");

    @Test
    void aHubChangesTheAgenciesItServes() {
        assertThatCode(() -> HubScope.checkChange(PROVINCE_A, UNIT, Optional.of(PROVINCE_A))).doesNotThrowAnyException();
    }

    @Test
    void aHubMayNotChangeAnAgencyServedHereOrByAnotherHub() {
        assertThatThrownBy(() -> HubScope.checkChange(PROVINCE_A, UNIT, Optional.empty()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("served here");
        assertThatThrownBy(() -> HubScope.checkChange(PROVINCE_A, UNIT, Optional.of(PROVINCE_B)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining(PROVINCE_B.value());
    }

    @Test
    void aHubPlacesNewUnitsOnlyUnderAnAgencyItServes() {
        assertThatCode(() -> HubScope.checkUnder(PROVINCE_A, NEW_UNIT, Optional.of(UNIT), Optional.of(PROVINCE_A)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HubScope.checkUnder(PROVINCE_A, NEW_UNIT, Optional.of(UNIT), Optional.empty()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> HubScope.checkUnder(PROVINCE_A, NEW_UNIT, Optional.of(UNIT), Optional.of(PROVINCE_B)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> HubScope.checkUnder(PROVINCE_A, AgencyCode.of("000.00.00.H41"), Optional.empty(), Optional.empty()))
                .as("a top-level unit is the national axis's administrators' to add").isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("no parent");
    }
}
