package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientRoutingTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final AgencyCode PROVINCE_A = AgencyCode.of("000.00.90.H41");
    private static final AgencyCode PROVINCE_B = AgencyCode.of("000.00.90.H29");
    private static final AgencyCode AGENCY = AgencyCode.of("000.00.14.H29");

    private final RecipientRouting singleHub = new RecipientRouting(Optional.empty());
    private final RecipientRouting national = new RecipientRouting(Optional.empty());
    private final RecipientRouting province = new RecipientRouting(Optional.of(NATIONAL));

    @Test
    void anAgencyServedHereIsDeliveredHereWhateverTheArrival() {
        assertThat(province.route(AGENCY, Whereabouts.here(), Arrival.fromAgency()).kind()).isEqualTo(Route.Kind.LOCAL);
        assertThat(province.route(AGENCY, Whereabouts.here(), Arrival.fromUpstream(NATIONAL)).kind()).isEqualTo(Route.Kind.LOCAL);
    }

    @Test
    void aSingleHubStillRefusesARecipientOutsideItsDirectory() {
        assertThat(singleHub.route(AGENCY, Whereabouts.unknown(), Arrival.fromAgency()).kind()).isEqualTo(Route.Kind.UNKNOWN);
    }

    @Test
    void aProvinceRelaysARecipientItDoesNotKnowToTheUpstream() {
        Route route = province.route(AGENCY, Whereabouts.unknown(), Arrival.fromAgency());

        assertThat(route.kind()).isEqualTo(Route.Kind.UP);
        assertThat(route.via()).contains(NATIONAL);
    }

    @Test
    void theNationalAxisRelaysAProvincesAgencyDownToThatProvince() {
        Route route = national.route(AGENCY, Whereabouts.servedBy(PROVINCE_B), Arrival.fromDownstream(PROVINCE_A));

        assertThat(route.kind()).isEqualTo(Route.Kind.DOWN);
        assertThat(route.via()).contains(PROVINCE_B);
    }

    @Test
    void aPackageNeverGoesBackToTheHubThatRelayedIt() {
        assertThat(national.route(AGENCY, Whereabouts.servedBy(PROVINCE_A), Arrival.fromDownstream(PROVINCE_A)).kind())
                .isEqualTo(Route.Kind.UNKNOWN);
    }

    @Test
    void aPackageFromTheUpstreamForARecipientUnknownHereIsRefusedNotSentBackUp() {
        assertThat(province.route(AGENCY, Whereabouts.unknown(), Arrival.fromUpstream(NATIONAL)).kind())
                .isEqualTo(Route.Kind.UNKNOWN);
    }

    @Test
    void aPackageFromBelowForARecipientUnknownHereGoesUp() {
        RecipientRouting ministryPlatform = new RecipientRouting(Optional.of(NATIONAL));

        assertThat(ministryPlatform.route(AGENCY, Whereabouts.unknown(), Arrival.fromDownstream(PROVINCE_A)).via())
                .contains(NATIONAL);
    }

    @Test
    void anAgencyFollowedFromTheUpstreamsDirectoryGoesUpNotDownAndNeverBackUp() {
        Route route = province.route(AGENCY, Whereabouts.servedBy(NATIONAL), Arrival.fromAgency());

        assertThat(route.kind()).isEqualTo(Route.Kind.UP);
        assertThat(route.via()).contains(NATIONAL);
        assertThat(province.route(AGENCY, Whereabouts.servedBy(NATIONAL), Arrival.fromUpstream(NATIONAL)).kind())
                .isEqualTo(Route.Kind.UNKNOWN);
    }
}
