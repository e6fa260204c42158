package vn.lienthong.web.rest.procedure;

import java.time.OffsetDateTime;

/**
 * What anyone holding a dossier code may see (tra cứu hồ sơ): where it is and when it is due, and
 * no personal data, since a code can be guessed.
 */
public record DossierLookupJson(String code, String procedureCode, String procedureName, String agencyCode,
                                String agencyName, int nationalStatus, String state, OffsetDateTime receivedAt,
                                OffsetDateTime dueAt, OffsetDateTime returnedAt) {
}
