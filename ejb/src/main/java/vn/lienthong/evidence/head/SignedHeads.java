package vn.lienthong.evidence.head;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.evidence.log.ChainPosition;
import vn.lienthong.evidence.log.EvidenceRepository;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Signs the chain's head with the hub key when it has moved since the last signed head. The TSA is
 * asked outside any transaction (it may take its whole timeout); a TSA that does not answer leaves a
 * head signed without a timestamp, which says so ({@link Round}), and the next round tries again. Every server of a
 * cluster signs on its own timer; one that finds the head already signed does nothing, and at worst
 * two servers sign the same head, which proves the same thing twice.
 */
@Stateless
public class SignedHeads {

    @Inject
    EvidenceRepository chain;

    @Inject
    SignedHeadRepository heads;

    @EJB
    HubSigning hubKey;

    @Inject
    Clock clock;

    @EJB
    SignedHeads self;

    /** A head signed in a round, and why it carries no timestamp when the TSA did not answer. */
    public record Round(SignedHeadView head, Optional<String> timestampProblem) {
    }

    /** Signs the head unless it is empty or signed already; answers the head signed now, if any. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Round> signIfMoved() {
        ChainPosition position = self.position();
        if (position.isEmpty() || self.latest().map(h -> h.sequence() >= position.sequence()).orElse(false)) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] content = HeadContent.of(position.sequence(), position.hash(), at);
        ReceiptSigner.Signed signed;
        Optional<String> timestampProblem = Optional.empty();
        try {
            signed = hubKey.signer().signReceipt(content);
        } catch (ReceiptSigner.TimestampUnavailable e) {
            signed = e.withoutTimestamp();
            timestampProblem = Optional.of(String.valueOf(e.getMessage()));
        }
        SignedHeadView head = self.record(new SignedHead(position.sequence(), position.hash(), at, signed.cms(), signed.timestamped()));
        return Optional.of(new Round(head, timestampProblem));
    }

    public ChainPosition position() {
        return chain.head();
    }

    public Optional<SignedHeadView> latest() {
        return heads.latest();
    }

    /** Stores a signed head, in a transaction of its own. */
    public SignedHeadView record(SignedHead head) {
        heads.add(head);
        return head.view();
    }
}
