package vn.lienthong.signature.verification;

import vn.lienthong.directory.agency.AgencyCode;

/**
 * How an agency's accepted documents were signed. Refused packages are not documents and are not
 * counted; {@code invalid} is non-zero only for documents accepted before a policy refused them.
 * Documents the hub originated in the agency's name and signed itself ({@code hubSigned}: dossier
 * hand-overs) are counted apart: they say nothing of how the agency's own software signs, so they
 * are in neither {@link #documents()} nor the ratios.
 */
public record SignatureStatistics(AgencyCode agency, long valid, long indeterminate, long unsigned, long invalid, long hubSigned) {

    public SignatureStatistics {
        if (valid < 0 || indeterminate < 0 || unsigned < 0 || invalid < 0 || hubSigned < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** The documents the agency's own software sent. */
    public long documents() {
        return valid + indeterminate + unsigned + invalid;
    }

    /** Documents that carried a signature, of all accepted documents (0 when there are none). */
    public double signedRatio() {
        return documents() == 0 ? 0 : (double) (valid + indeterminate + invalid) / documents();
    }

    /** Documents whose signature was fully valid, of all accepted documents. */
    public double validRatio() {
        return documents() == 0 ? 0 : (double) valid / documents();
    }
}
