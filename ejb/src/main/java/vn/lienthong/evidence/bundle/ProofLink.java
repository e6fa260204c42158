package vn.lienthong.evidence.bundle;

import vn.lienthong.evidence.chain.ChainHash;
import vn.lienthong.evidence.chain.ChainLink;

import java.util.Objects;

/**
 * One entry of a chain proof: either shown (its canonical form: the bundle's own document) or hidden
 * (only the SHA-256 of its canonical form: another document's or agency's entry, which a version 2
 * link needs no more of), with the hash the hub holds for it.
 */
public record ProofLink(long sequence, String hash, String canonical, String fieldsDigest) {

    public ProofLink {
        if (sequence < 1) {
            throw new IllegalArgumentException("an entry's sequence is 1 or more: " + sequence);
        }
        if ((canonical == null) == (fieldsDigest == null)) {
            throw new IllegalArgumentException("entry " + sequence + " is either shown or given by its digest");
        }
        Objects.requireNonNull(hash, "hash");
    }

    public static ProofLink shown(ChainLink link) {
        return new ProofLink(link.sequence(), link.hash(), link.canonical(), null);
    }

    public static ProofLink hidden(ChainLink link) {
        return new ProofLink(link.sequence(), link.hash(), null, ChainHash.fieldsDigest(link.canonical()));
    }

    public boolean isShown() {
        return canonical != null;
    }

    /** The hash this entry must have after {@code previousHash}: by its own formula when shown, by version 2's from the digest otherwise. */
    public String recomputed(String previousHash) {
        return isShown() ? ChainHash.of(previousHash, canonical) : ChainHash.ofDigest(previousHash, fieldsDigest);
    }
}
