package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.credential.SecretChange;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/**
 * A secret change: when; until when the replaced secret still signs in (null: no longer); and the
 * new secret only when the hub generated it (shown this once, never again).
 */
public record SecretChangeJson(String agencyCode, OffsetDateTime changedAt, OffsetDateTime previousSecretValidUntil,
                               String secret) {

    static SecretChangeJson of(SecretChange change) {
        return new SecretChangeJson(change.agency().value(), Times.local(change.changedAt()),
                Times.local(change.previousValidUntil().orElse(null)), change.generatedSecret().orElse(null));
    }
}
