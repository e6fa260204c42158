package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelayAuthorityTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final AgencyCode PROVINCE_A = AgencyCode.of("000.00.90.H41");
    private static final AgencyCode PROVINCE_B = AgencyCode.of("000.00.90.H29");
    private static final AgencyCode AGENCY_OF_A = AgencyCode.of("000.00.14.H41");
    private static final AgencyCode MINISTRY_UNIT = AgencyCode.of("000.00.00.G01");

    private final RelayAuthority atNational = new RelayAuthority(Optional.empty());
    private final RelayAuthority atProvince = new RelayAuthority(Optional.of(NATIONAL));

    @Test
    void aProvinceRelaysUpThePackagesOfTheAgenciesItServes() {
        Arrival arrival = atNational.arrival(PROVINCE_A, 12, AGENCY_OF_A, Whereabouts.servedBy(PROVINCE_A));

        assertThat(arrival).isEqualTo(Arrival.fromDownstream(PROVINCE_A));
    }

    @Test
    void aProvinceMayNotRelayUpAnotherProvincesAgency() {
        assertThatThrownBy(() -> atNational.arrival(PROVINCE_B, 5, AGENCY_OF_A, Whereabouts.servedBy(PROVINCE_A)))
                .isInstanceOf(RelayNotAllowedException.class)
                .hasFieldOrPropertyWithValue("code", "RELAY_NOT_ALLOWED")
                .hasMessageContaining("not served by " + PROVINCE_B);
    }

    @Test
    void aProvinceMayNotRelayUpAPackageOfAnAgencyTheNationalServesItself() {
        assertThatThrownBy(() -> atNational.arrival(PROVINCE_A, 12, MINISTRY_UNIT, Whereabouts.here()))
                .isInstanceOf(RelayNotAllowedException.class);
    }

    @Test
    void theUpstreamRelaysDownPackagesFromElsewhere() {
        assertThat(atProvince.arrival(NATIONAL, 0, MINISTRY_UNIT, Whereabouts.unknown())).isEqualTo(Arrival.fromUpstream(NATIONAL));
    }

    @Test
    void theUpstreamMayNotRelayDownAPackageInTheNameOfAnAgencyServedHere() {
        assertThatThrownBy(() -> atProvince.arrival(NATIONAL, 0, AGENCY_OF_A, Whereabouts.here()))
                .isInstanceOf(RelayNotAllowedException.class)
                .hasMessageContaining("served by this instance");
    }

    @Test
    void anAccountThatIsNoHubMayNotRelayAtAll() {
        assertThatThrownBy(() -> atProvince.requireHub(AGENCY_OF_A, 0))
                .isInstanceOf(RelayNotAllowedException.class)
                .hasMessageContaining("not a hub account");
        assertThatThrownBy(() -> atNational.arrival(AGENCY_OF_A, 0, AGENCY_OF_A, Whereabouts.here()))
                .isInstanceOf(RelayNotAllowedException.class);
    }

    @Test
    void theUpstreamAndAHubForOthersAreHubAccounts() {
        atProvince.requireHub(NATIONAL, 0);
        atNational.requireHub(PROVINCE_A, 1);
    }
}
