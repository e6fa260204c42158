package vn.lienthong.exchange.document;

/**
 * What a sweep of the package store's directory did: packages examined (old enough to judge), those moved
 * to quarantine because no row names them, and half-written files removed.
 */
public record PackageSweepOutcome(boolean swept, int examined, int quarantined, int partialsRemoved) {

    static final PackageSweepOutcome NOT_A_DIRECTORY = new PackageSweepOutcome(false, 0, 0, 0);
}
