package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.PackageLocation;

import java.time.Instant;

/**
 * Where one document's package is under retention: its category, the rule that applies now, where the
 * bytes are (and since when, under which rule), and its legal hold.
 */
public record RetentionStateView(String documentId, String category, String applicableRule, PackageLocation location,
                                 Instant disposedAt, String disposalRule, boolean legalHold, String legalHoldReason,
                                 String sha256) {

    static RetentionStateView of(Document document, RetentionRules rules) {
        return new RetentionStateView(document.id().value(), document.retentionCategory().value(),
                rules.ruleFor(document.retentionCategory()).map(RuleSetting::describe).orElse(null),
                document.packageLocation(), document.disposedAt().orElse(null), document.disposalRule().orElse(null),
                document.legalHold(), document.legalHoldReason().orElse(null), document.sha256());
    }
}
