package vn.lienthong.reporting.regime;

import jakarta.json.JsonObject;
import vn.lienthong.reporting.Views;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a regime, whole: its number, the first period it applies to (empty: from the
 * first), the definition in its JSON form, and every version the regime has.
 */
public record RegimeView(String code, int version, String validFrom, OffsetDateTime createdAt, String createdBy,
                         List<VersionView> versions, JsonObject definition) {

    public record VersionView(int version, String validFrom, OffsetDateTime createdAt, String createdBy) {
    }

    static RegimeView of(RegimeVersion shown, List<RegimeVersion> all) {
        return new RegimeView(shown.regimeCode(), shown.version(), shown.validFrom().map(Object::toString).orElse(""),
                Views.local(shown.createdAt()), shown.createdBy(),
                all.stream().map(v -> new VersionView(v.version(), v.validFrom().map(Object::toString).orElse(""),
                        Views.local(v.createdAt()), v.createdBy())).toList(),
                RegimeJsonFormat.write(shown.definition()));
    }
}
