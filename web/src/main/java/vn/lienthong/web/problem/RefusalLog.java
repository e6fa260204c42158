package vn.lienthong.web.problem;

import vn.lienthong.platform.BusinessException;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A refusal is the caller's error, not the hub's: it is logged once, at INFO, with its code, so
 * that operators can follow what clients get wrong without an ERROR line or an incident report for
 * it. Called where a refusal becomes an answer (a problem document, a SOAP fault), nowhere else.
 */
public final class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    /** The detail may quote what the caller sent: one line, and not the caller's megabyte. */
    private static final int DETAIL_CHARACTERS = 300;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private RefusalLog() {
    }

    public static void refused(BusinessException e, String where) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        String detail = CONTROL.matcher(e.messageEn()).replaceAll(" ");
        if (detail.length() > DETAIL_CHARACTERS) {
            detail = detail.substring(0, DETAIL_CHARACTERS) + "…";
        }
        LOG.log(Level.INFO, "Refused {0}: {1} {2}{3}: {4}", new Object[]{where == null ? "request" : where,
                String.valueOf(ProblemCatalog.of(e.code()).status()), e.code(),
                e.element().map(element -> " at " + CONTROL.matcher(element).replaceAll(" ")).orElse(""), detail});
    }
}
