package vn.lienthong.evidence.verification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.evidence.head.SignedHeadRepository;
import vn.lienthong.evidence.log.EvidenceRepository;
import vn.lienthong.evidence.log.EvidenceSealer;
import vn.lienthong.signature.hubkey.HubSigning;

import java.security.cert.X509Certificate;

/**
 * Administrators verify the message log ({@code GET /api/v1/admin/evidence/chain}): the whole chain
 * and every signed head, against the hub's current certificate. Reading changes nothing, so, like
 * reading the audit log, it is not itself audited. Outside any transaction: each page is its own
 * short read, and a long walk holds no transaction and no lock, while events and seals go on.
 *
 * <p>It seals first: every entry committed before the call is then in the chain the walk checks (a
 * seal only links entries their events wrote; it changes no event), and the answer says how many
 * entries still wait, committed meanwhile, and since when.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceVerification {

    /** Rows per page: large enough that round trips do not dominate, small enough to keep memory flat. */
    static final int PAGE = 500;

    @Inject
    EvidenceRepository chain;

    @Inject
    SignedHeadRepository heads;

    @EJB
    HubSigning hubKey;

    @EJB
    EvidenceSealer sealer;

    public ChainReport verify(Caller caller) {
        caller.requireAdministrator("verify the message log", "kiểm tra nhật ký văn bản");
        sealer.sealAll();
        // Fix the extent first: the heads signed so far, then the chain head (every such signed head is
        // at or before it). What is appended or signed during the walk is left to the next one.
        long lastHeadId = heads.latestId();
        long upTo = chain.head().sequence();
        X509Certificate hub = hubKey.certificate();
        ChainReport walked = ChainVerifier.verify(new Pages<>(chain.linksAfter(0, PAGE), l -> chain.linksAfter(l.sequence(), PAGE)),
                new SignedUpTo(new Pages<>(heads.pageAfter(0, 0, PAGE), h -> heads.pageAfter(h.sequence(), h.id(), PAGE)), lastHeadId, hub),
                upTo);
        return walked.withUnsealed(sealer.backlog());
    }
}
