package vn.lienthong.evidence.chain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the chain exactly as stored, columns as text: the verifier rebuilds the canonical form
 * from the fields and compares, so nothing here is trusted. Only the sequence and the time must be
 * readable at all.
 */
public record ChainLink(long sequence, Instant at, String kind, String document, String agency, String detail,
                        String canonical, String previousHash, String hash) {

    public ChainLink {
        Objects.requireNonNull(at, "at");
    }

    /** The link that follows {@code previousHash}, with its canonical form and hash computed. */
    public static ChainLink next(long sequence, String previousHash, Instant at, String kind, String document, String agency,
                                 String detail) {
        String canonical = CanonicalEntry.of(sequence, at, kind, document, agency, detail);
        return new ChainLink(sequence, at, kind, document, agency, detail, canonical, previousHash,
                ChainHash.of(previousHash, canonical));
    }

    /** The canonical form the fields give, in the version the stored form names, to compare with the stored one. */
    public String canonicalOfFields() {
        return CanonicalEntry.of(CanonicalEntry.version(canonical), sequence, at, kind, document, agency, detail);
    }
}
