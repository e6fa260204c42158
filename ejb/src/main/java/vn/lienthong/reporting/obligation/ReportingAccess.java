package vn.lienthong.reporting.obligation;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.NotYourReportException;

import java.util.Optional;

/**
 * Who may see and act on what. A report is read by its reporter, its recipient, everyone above the
 * recipient on the chain of recipients, the regime's issuer and administrators; a recipient (or
 * the issuer, or an administrator) closes and reopens it; what lies below an agency is read by that
 * agency and everyone above it.
 */
public final class ReportingAccess {

    private ReportingAccess() {
    }

    public static boolean mayRead(Caller caller, AgencyCode issuer, Obligation obligation) {
        return caller.administrator() || caller.is(issuer) || caller.is(obligation.agency())
                || caller.agency().map(obligation::isBelow).orElse(false);
    }

    public static void requireRead(Caller caller, AgencyCode issuer, Obligation obligation) {
        if (!mayRead(caller, issuer, obligation)) {
            throw new NotYourReportException("the report of " + obligation.agency(), caller.name());
        }
    }

    public static void requireRecipient(Caller caller, AgencyCode issuer, Obligation obligation) {
        if (!(caller.administrator() || caller.is(issuer) || caller.is(obligation.recipient()))) {
            throw new NotYourReportException("the report of " + obligation.agency() + " (only its recipient "
                    + obligation.recipient() + " closes or reopens it)", caller.name());
        }
    }

    /**
     * What lies below {@code agency} in a period: for the agency itself, anyone above it on its chain
     * of recipients, the issuer and administrators.
     */
    public static void requireBelow(Caller caller, AgencyCode issuer, AgencyCode agency, Optional<Obligation> ofAgency) {
        boolean allowed = caller.administrator() || caller.is(issuer) || caller.is(agency)
                || ofAgency.flatMap(o -> caller.agency().map(o::isBelow)).orElse(false);
        if (!allowed) {
            throw new NotYourReportException("the reports under " + agency, caller.name());
        }
    }
}
