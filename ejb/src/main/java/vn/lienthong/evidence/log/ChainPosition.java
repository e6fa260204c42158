package vn.lienthong.evidence.log;

import vn.lienthong.evidence.chain.ChainHash;

/** Where the chain stands: its last sequence (0 when empty) and that entry's hash. */
public record ChainPosition(long sequence, String hash) {

    public static final ChainPosition EMPTY = new ChainPosition(0, ChainHash.GENESIS);

    public ChainPosition {
        if (sequence < 0 || !ChainHash.isHash(hash)) {
            throw new IllegalArgumentException("not a chain position: " + sequence + " " + hash);
        }
    }

    public boolean isEmpty() {
        return sequence == 0;
    }
}
