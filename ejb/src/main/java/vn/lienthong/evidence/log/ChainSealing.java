package vn.lienthong.evidence.log;

import vn.lienthong.evidence.chain.ChainLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Links pending entries after the chain's head: sequences follow the head without a gap, each entry
 * holds the previous one's hash, and the entries keep the order of their ids, which is the order the
 * hub recorded them. Pure, so that what a seal writes is decided here and tested without a database.
 */
final class ChainSealing {

    /** The links to insert and where the chain stands after them. */
    record Sealed(List<ChainLink> links, ChainPosition head) {
        Sealed {
            links = List.copyOf(links);
        }
    }

    private ChainSealing() {
    }

    /**
     * @param pending in ascending id order, as read; anything else would chain an event before one the
     *                hub recorded earlier, so it is refused rather than sorted silently
     */
    static Sealed link(ChainPosition head, List<PendingLink> pending) {
        List<ChainLink> links = new ArrayList<>(pending.size());
        long sequence = head.sequence();
        String hash = head.hash();
        long lastId = Long.MIN_VALUE;
        for (PendingLink entry : pending) {
            if (entry.id() <= lastId) {
                throw new IllegalArgumentException("pending entries out of id order: " + entry.id() + " after " + lastId);
            }
            lastId = entry.id();
            sequence++;
            ChainLink link = ChainLink.next(sequence, hash, entry.at(), entry.kind(), entry.document(), entry.agency(),
                    entry.detail());
            links.add(link);
            hash = link.hash();
        }
        return new Sealed(links, new ChainPosition(sequence, hash));
    }
}
