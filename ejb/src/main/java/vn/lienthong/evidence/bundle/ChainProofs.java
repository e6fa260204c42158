package vn.lienthong.evidence.bundle;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.evidence.chain.CanonicalEntry;
import vn.lienthong.evidence.chain.ChainLink;
import vn.lienthong.evidence.head.SignedHeadRepository;
import vn.lienthong.evidence.head.SignedHeadView;
import vn.lienthong.evidence.head.SignedHeads;
import vn.lienthong.evidence.log.EvidenceRepository;
import vn.lienthong.evidence.log.EvidenceSealer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a document's chain proof: from its first entry to the first signed head at or after its last
 * entry. When no head covers the last entry yet, the head is signed now (and timestamped when a TSA is
 * configured), as the schedule would sign it later: an auditor gets a proof that ends at a signature,
 * never one that ends at an unsigned, still rewritable, position. The document's entries are shown,
 * every other entry by its digest only. Outside any transaction: pages are short reads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainProofs {

    static final int PAGE = 500;

    @Inject
    EvidenceRepository chain;

    @Inject
    SignedHeadRepository heads;

    @EJB
    SignedHeads signing;

    @EJB
    EvidenceSealer sealer;

    public DocumentProof of(String document) {
        // The document's latest events may still be pending: linked into the chain first, they are in the proof.
        sealer.sealAll();
        List<Long> sequences = chain.sequencesOf(document);
        if (sequences.isEmpty()) {
            throw new EvidenceNotProvableException("The message log holds no entry for document " + document,
                    "Nhật ký văn bản không có mục nào của văn bản " + document);
        }
        long first = sequences.get(0);
        long last = sequences.get(sequences.size() - 1);
        SignedHeadView head = covering(last).or(() -> {
            signing.signIfMoved();
            return covering(last);
        }).orElseThrow(() -> new IllegalStateException("No signed head covers entry " + last + " even after signing one"));
        List<ProofLink> links = new ArrayList<>();
        String previous = null;
        long after = first - 1;
        while (after < head.sequence()) {
            List<ChainLink> page = chain.linksAfter(after, PAGE);
            if (page.isEmpty()) {
                break; // the chain ends before its signed head: the proof says so, and its verification fails
            }
            for (ChainLink link : page) {
                if (link.sequence() > head.sequence()) {
                    break;
                }
                if (previous == null) {
                    previous = link.previousHash();
                }
                links.add(link(document, link));
                after = link.sequence();
            }
            if (page.get(page.size() - 1).sequence() > head.sequence()) {
                break;
            }
        }
        ChainProof proof = new ChainProof(document, previous, links,
                new ChainProof.Head(head.sequence(), head.hash(), head.signedAt(), head.timestamped()));
        return new DocumentProof(proof, head.cms());
    }

    private static ProofLink link(String document, ChainLink link) {
        if (document.equals(link.document())) {
            return ProofLink.shown(link);
        }
        if (CanonicalEntry.version(link.canonical()) < 2) {
            throw new EvidenceNotProvableException("Entry " + link.sequence() + " of the message log, between this document's "
                    + "entries and the signed head, was written in version 1, which links an entry by its full text: proving this "
                    + "document would show another document's entry", "Mục " + link.sequence() + " của nhật ký văn bản, nằm giữa "
                    + "các mục của văn bản này và đầu chuỗi đã ký, được ghi theo phiên bản 1 (liên kết bằng toàn văn): chứng minh "
                    + "văn bản này sẽ làm lộ mục của văn bản khác");
        }
        return ProofLink.hidden(link);
    }

    /** The earliest signed head at or after {@code sequence}. */
    private Optional<SignedHeadView> covering(long sequence) {
        return heads.pageAfter(sequence - 1, Long.MAX_VALUE, 1).stream().findFirst();
    }
}
