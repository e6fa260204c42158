package vn.lienthong.web.rest.alert;

import vn.lienthong.alert.AlertView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;
import java.util.List;

/** One alert on the wire; {@code clearedAt} is null while it is active. */
public record AlertJson(long id, String rule, String nameEn, String nameVi, long threshold, long value, String detailEn,
                        String detailVi, OffsetDateTime raisedAt, String raisedBy, List<String> mailedTo, boolean active,
                        OffsetDateTime clearedAt, Long clearedValue) {

    static AlertJson of(AlertView a) {
        return new AlertJson(a.id(), a.rule(), a.nameEn(), a.nameVi(), a.threshold(), a.value(), a.detailEn(), a.detailVi(),
                Times.local(a.raisedAt()), a.raisedBy(), a.mailedTo(), a.active(), a.clearedAt().map(Times::local).orElse(null),
                a.clearedValue().orElse(null));
    }
}
