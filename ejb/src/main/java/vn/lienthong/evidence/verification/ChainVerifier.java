package vn.lienthong.evidence.verification;

import vn.lienthong.evidence.chain.ChainHash;
import vn.lienthong.evidence.chain.ChainLink;

import java.util.Iterator;
import java.util.Optional;

/**
 * Walks the chain in sequence order and stops at the first broken entry, naming it and why. It holds
 * one link and one signed head at a time, so the caller can feed it from pages of any size and a
 * chain of any length is checked in constant memory.
 *
 * <p>For each entry, in this order: the sequence follows the previous one (else {@link BreakReason#GAP});
 * it holds the previous entry's hash ({@link BreakReason#PREVIOUS_HASH_MISMATCH}); its columns give its
 * stored canonical form ({@link BreakReason#FIELDS_CHANGED}); its hash is SHA-256(previous hash ||
 * canonical form) ({@link BreakReason#HASH_MISMATCH}). Each signed head is checked when the walk passes
 * its sequence: a valid signature over exactly its claim, and the claimed hash is the entry's. The walk
 * ends at {@code upTo} (the chain head when the walk began); entries missing before it, or before a
 * signed head, are {@link BreakReason#TRUNCATED}.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    public static ChainReport verify(Iterator<ChainLink> links, Iterator<HeadClaim> heads, long upTo) {
        Walk walk = new Walk(heads);
        while (links.hasNext()) {
            ChainLink link = links.next();
            if (link.sequence() > upTo) {
                break;
            }
            Optional<ChainBreak> broken = walk.check(link).or(() -> walk.headsUpTo(link));
            if (broken.isPresent()) {
                return walk.report(broken);
            }
        }
        if (walk.last < upTo) {
            return walk.report(Optional.of(new ChainBreak(walk.last + 1, BreakReason.TRUNCATED,
                    "the chain head names entry " + upTo + " but the entries end at " + walk.last,
                    "đầu chuỗi ghi mục " + upTo + " nhưng các mục dừng ở " + walk.last)));
        }
        return walk.report(walk.headsBeyond());
    }

    /** The walk's state: the last entry passed and its hash, the signed head waiting to be passed. */
    private static final class Walk {
        private final Iterator<HeadClaim> heads;
        private HeadClaim nextHead;
        private long last;
        private String lastHash = ChainHash.GENESIS;
        private long entries;
        private long headsChecked;
        private HeadClaim lastHead;

        Walk(Iterator<HeadClaim> heads) {
            this.heads = heads;
            this.nextHead = heads.hasNext() ? heads.next() : null;
        }

        Optional<ChainBreak> check(ChainLink link) {
            long n = link.sequence();
            if (n != last + 1) {
                return broken(last + 1, BreakReason.GAP, "entry " + (last + 1) + " is missing: the next entry is " + n,
                        "thiếu mục " + (last + 1) + ": mục kế tiếp là " + n);
            }
            if (!lastHash.equals(link.previousHash())) {
                return broken(n, BreakReason.PREVIOUS_HASH_MISMATCH, "entry " + n + " does not hold the hash of entry " + last,
                        "mục " + n + " không chứa giá trị băm của mục " + last);
            }
            if (!link.canonicalOfFields().equals(link.canonical())) {
                return broken(n, BreakReason.FIELDS_CHANGED, "the columns of entry " + n + " no longer give its canonical form",
                        "các cột của mục " + n + " không còn khớp dạng chuẩn của nó");
            }
            if (!ChainHash.of(link.previousHash(), link.canonical()).equals(link.hash())) {
                return broken(n, BreakReason.HASH_MISMATCH, "the hash of entry " + n + " is not SHA-256(previous hash || canonical form)",
                        "giá trị băm của mục " + n + " không phải SHA-256(giá trị băm trước || dạng chuẩn)");
            }
            last = n;
            lastHash = link.hash();
            entries++;
            return Optional.empty();
        }

        /** The signed heads at or before the entry just passed. */
        Optional<ChainBreak> headsUpTo(ChainLink link) {
            while (nextHead != null && nextHead.sequence() <= link.sequence()) {
                HeadClaim head = take();
                Optional<ChainBreak> signature = signature(head);
                if (signature.isPresent()) {
                    return signature;
                }
                if (head.sequence() != link.sequence() || !head.hash().equals(link.hash())) {
                    return broken(head.sequence(), BreakReason.HEAD_MISMATCH, "signed head " + head.id() + " names entry "
                                    + head.sequence() + " with another hash than the chain holds",
                            "đầu chuỗi đã ký " + head.id() + " ghi mục " + head.sequence() + " với giá trị băm khác với chuỗi");
                }
            }
            return Optional.empty();
        }

        /** Signed heads left once the chain is walked name entries that are not there (any more). */
        Optional<ChainBreak> headsBeyond() {
            if (nextHead == null) {
                return Optional.empty();
            }
            HeadClaim head = take();
            return signature(head).or(() -> broken(last + 1, BreakReason.TRUNCATED, "signed head " + head.id() + " names entry "
                    + head.sequence() + " but the entries end at " + last,
                    "đầu chuỗi đã ký " + head.id() + " ghi mục " + head.sequence() + " nhưng các mục dừng ở " + last));
        }

        private HeadClaim take() {
            HeadClaim head = nextHead;
            nextHead = heads.hasNext() ? heads.next() : null;
            headsChecked++;
            lastHead = head;
            return head;
        }

        private static Optional<ChainBreak> signature(HeadClaim head) {
            return head.signatureProblem().map(problem -> new ChainBreak(head.sequence(), BreakReason.HEAD_SIGNATURE_INVALID,
                    "signed head " + head.id() + " (entry " + head.sequence() + "): " + problem,
                    "đầu chuỗi đã ký " + head.id() + " (mục " + head.sequence() + "): chữ ký không hợp lệ: " + problem));
        }

        private static Optional<ChainBreak> broken(long sequence, BreakReason reason, String en, String vi) {
            return Optional.of(new ChainBreak(sequence, reason, en, vi));
        }

        ChainReport report(Optional<ChainBreak> broken) {
            return new ChainReport(entries, last, headsChecked, broken, Optional.ofNullable(lastHead));
        }
    }
}
