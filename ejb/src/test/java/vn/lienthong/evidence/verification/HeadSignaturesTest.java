package vn.lienthong.evidence.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.evidence.head.HeadContent;
import vn.lienthong.evidence.head.SignedHeadView;
import vn.lienthong.signature.hubkey.HubKey;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HeadSignaturesTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:00:00.250Z");
    private static final String HASH = "3a".repeat(32);

    @TempDir
    Path dir;

    @Test
    void aHeadSignedByTheHubKeyOverItsOwnClaimIsValid() throws Exception {
        HubKey hub = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        byte[] cms = new ReceiptSigner(hub, Optional.empty()).signReceipt(HeadContent.of(17, HASH, AT)).cms();

        HeadClaim claim = HeadSignatures.claim(new SignedHeadView(1, 17, HASH, AT, cms, false), hub.certificate());

        assertThat(claim.signatureProblem()).isEmpty();
        assertThat(claim.sequence()).isEqualTo(17);
    }

    @Test
    void aRowWhoseSequenceOrHashWasChangedNoLongerMatchesItsSignature() throws Exception {
        HubKey hub = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        byte[] cms = new ReceiptSigner(hub, Optional.empty()).signReceipt(HeadContent.of(17, HASH, AT)).cms();

        assertThat(HeadSignatures.claim(new SignedHeadView(1, 18, HASH, AT, cms, false), hub.certificate()).signatureProblem())
                .get().asString().contains("another sequence, hash or time");
        assertThat(HeadSignatures.claim(new SignedHeadView(1, 17, "3b".repeat(32), AT, cms, false), hub.certificate())
                .signatureProblem()).isPresent();
    }

    @Test
    void aHeadSignedWithAnotherKeyIsNotTheHubs() throws Exception {
        HubKey hub = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        HubKey impostor = HubKey.generate(dir.resolve("other.p12"), "pw".toCharArray(), "hub", "CN=Impostor");
        byte[] cms = new ReceiptSigner(impostor, Optional.empty()).signReceipt(HeadContent.of(17, HASH, AT)).cms();

        assertThat(HeadSignatures.claim(new SignedHeadView(1, 17, HASH, AT, cms, false), hub.certificate()).signatureProblem())
                .isPresent();
    }

    @Test
    void aRowClaimingATimestampThatTheSignatureDoesNotCarryIsNamed() throws Exception {
        HubKey hub = HubKey.generate(dir.resolve("hub.p12"), "pw".toCharArray(), "hub", "CN=Test hub");
        byte[] cms = new ReceiptSigner(hub, Optional.empty()).signReceipt(HeadContent.of(17, HASH, AT)).cms();

        assertThat(HeadSignatures.claim(new SignedHeadView(1, 17, HASH, AT, cms, true), hub.certificate()).signatureProblem())
                .get().asString().contains("timestamp");
    }
}
