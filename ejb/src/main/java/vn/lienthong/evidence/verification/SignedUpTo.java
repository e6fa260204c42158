package vn.lienthong.evidence.verification;

import vn.lienthong.evidence.head.SignedHeadView;

import java.security.cert.X509Certificate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The signed heads that existed when a walk began (ids up to the latest then), each checked against
 * the hub certificate as it is reached. Heads signed during the walk may name entries the walk does
 * not reach; they are left to the next walk.
 */
final class SignedUpTo implements Iterator<HeadClaim> {

    private final Iterator<SignedHeadView> rows;
    private final long lastId;
    private final X509Certificate hub;
    private HeadClaim next;

    SignedUpTo(Iterator<SignedHeadView> rows, long lastId, X509Certificate hub) {
        this.rows = rows;
        this.lastId = lastId;
        this.hub = hub;
        this.next = advance();
    }

    private HeadClaim advance() {
        while (rows.hasNext()) {
            SignedHeadView row = rows.next();
            if (row.id() <= lastId) {
                return HeadSignatures.claim(row, hub);
            }
        }
        return null;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public HeadClaim next() {
        HeadClaim current = next;
        if (current == null) {
            throw new NoSuchElementException();
        }
        next = advance();
        return current;
    }
}
