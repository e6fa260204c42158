package vn.lienthong.evidence.verification;

import vn.lienthong.evidence.head.HeadContent;
import vn.lienthong.evidence.head.SignedHeadView;
import vn.lienthong.signature.hubkey.ReceiptVerifier;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a signed head's signature: made by the hub certificate given, over exactly the content its
 * columns describe ({@link HeadContent}). The timestamp token's time is read when there is one.
 */
public final class HeadSignatures {

    private HeadSignatures() {
    }

    public static HeadClaim claim(SignedHeadView head, X509Certificate hub) {
        try {
            ReceiptVerifier.Verified verified = ReceiptVerifier.verify(head.cms(), hub, null);
            if (!Arrays.equals(verified.content(), HeadContent.of(head.sequence(), head.hash(), head.signedAt()))) {
                return claim(head, Optional.empty(), Optional.of("the signature covers another sequence, hash or time than the row holds"));
            }
            if (head.timestamped() && verified.timestamp().isEmpty()) {
                return claim(head, Optional.empty(), Optional.of("the row says timestamped but the signature carries no timestamp token"));
            }
            return claim(head, verified.timestamp(), Optional.empty());
        } catch (ReceiptVerifier.ReceiptInvalid e) {
            return claim(head, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private static HeadClaim claim(SignedHeadView head, Optional<java.time.Instant> time, Optional<String> problem) {
        return new HeadClaim(head.id(), head.sequence(), head.hash(), head.signedAt(), head.timestamped(), time, problem);
    }
}
