package vn.lienthong.procedure.dossier;

import java.time.OffsetDateTime;

/**
 * What anyone holding a dossier's receipt (its code and look-up key) may see (tra cứu hồ sơ): where
 * it is and when it is due, and no personal data, since a receipt may be lost or shown around.
 */
public record DossierLookupView(String code, String procedureCode, String procedureName, String agencyCode,
                                String agencyName, int nationalStatus, String state, OffsetDateTime receivedAt,
                                OffsetDateTime dueAt, OffsetDateTime returnedAt) {
}
