package vn.lienthong.exchange.relay;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRoutingTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final AgencyCode PROVINCE_A = AgencyCode.of("000.00.90.H41");
    private static final AgencyCode PROVINCE_B = AgencyCode.of("000.00.90.H29");

    @Test
    void aRecipientsStatusGoesBackToTheHubTheDocumentCameFrom() {
        // At province B: the document came down from the national axis, the recipient is served here.
        assertThat(StatusRouting.peers(false, Optional.of(NATIONAL), List.of(Optional.empty()), Optional.empty()))
                .containsExactly(NATIONAL);
        // At the national axis: it came up from A, B relayed the status; it goes on to A only.
        assertThat(StatusRouting.peers(false, Optional.of(PROVINCE_A), List.of(Optional.of(PROVINCE_B), Optional.empty()),
                Optional.of(PROVINCE_B))).containsExactly(PROVINCE_A);
    }

    @Test
    void aStatusAboutADocumentSentHereStaysHere() {
        // At province A, the sender's hub: the status has arrived.
        assertThat(StatusRouting.peers(false, Optional.empty(), List.of(Optional.of(NATIONAL)), Optional.of(NATIONAL))).isEmpty();
        assertThat(StatusRouting.peers(false, Optional.empty(), List.of(Optional.empty()), Optional.empty())).isEmpty();
    }

    @Test
    void aTakeBackRequestGoesOnceToEveryHubHoldingRecipients() {
        List<Optional<AgencyCode>> held = List.of(Optional.of(PROVINCE_B), Optional.empty(), Optional.of(PROVINCE_B),
                Optional.of(PROVINCE_A));
        assertThat(StatusRouting.peers(true, Optional.empty(), held, Optional.empty())).containsExactly(PROVINCE_B, PROVINCE_A);
    }

    @Test
    void aTakeBackRequestNeverGoesBackToTheHubThatRelayedIt() {
        // At the national axis: A relayed the request; A holds nothing of it but might be named, B holds the recipient.
        assertThat(StatusRouting.peers(true, Optional.of(PROVINCE_A), List.of(Optional.of(PROVINCE_B), Optional.of(PROVINCE_A)),
                Optional.of(PROVINCE_A))).containsExactly(PROVINCE_B);
        // At B: every recipient is served here.
        assertThat(StatusRouting.peers(true, Optional.of(NATIONAL), List.of(Optional.empty()), Optional.of(NATIONAL))).isEmpty();
    }

    @Test
    void aRecipientsStatusIsNotSentToTheRecipientsHubs() {
        assertThat(StatusRouting.peers(false, Optional.empty(), List.of(Optional.of(PROVINCE_B)), Optional.empty())).isEmpty();
    }
}
