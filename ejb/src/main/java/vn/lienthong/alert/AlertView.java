package vn.lienthong.alert;

import vn.lienthong.alert.raise.Alert;
import vn.lienthong.alert.rule.AlertKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One alert: which rule raised it, the value against the threshold then, what it was about in both
 * languages, when and on which server it was raised, to whom it was mailed, and when it cleared
 * (empty while it is active).
 */
public record AlertView(long id, String rule, String nameEn, String nameVi, long threshold, long value, String detailEn,
                        String detailVi, Instant raisedAt, String raisedBy, List<String> mailedTo,
                        Optional<Instant> clearedAt, Optional<Long> clearedValue) {

    public boolean active() {
        return clearedAt.isEmpty();
    }

    static AlertView of(Alert a) {
        Optional<AlertKind> kind = AlertKind.ofCode(a.ruleCode());
        return new AlertView(a.id(), a.ruleCode(), kind.map(AlertKind::nameEn).orElse(a.ruleCode()),
                kind.map(AlertKind::nameVi).orElse(a.ruleCode()), a.threshold(), a.raisedValue(), a.detailEn(), a.detailVi(),
                a.raisedAt(), a.raisedBy(), a.mailedTo().map(m -> List.of(m.split(","))).orElse(List.of()), a.clearedAt(),
                a.clearedValue());
    }
}
