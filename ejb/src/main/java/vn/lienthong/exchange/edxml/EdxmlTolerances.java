package vn.lienthong.exchange.edxml;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.time.HubClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one list of what the reader tolerates because real senders write it (dung sai khi đọc),
 * and the switch that turns every tolerance off. docs/edxml.md repeats this list for client
 * developers; a tolerance not listed here does not exist.
 *
 * <ol>
 *   <li><b>BUSINESS_SPELLING</b>: {@code Business*} accepted beside the wire spelling {@code Bussiness*}.</li>
 *   <li><b>UNQUALIFIED_ELEMENTS</b>: elements below the root without a namespace (a sender that
 *       declares the namespace on the root only by prefix but forgets it on children). Any prefix,
 *       or none with a default namespace, is always fine: that is XML, not a tolerance.</li>
 *   <li><b>LENIENT_DATES</b>: ISO {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, date-times with a
 *       {@code T}, without seconds or with milliseconds, and {@code dd/MM/yyyy HH:mm:ss}, besides the
 *       format's {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss}; ISO-8601 date-times with an
 *       offset ({@code 2026-03-11T08:30:00+07:00}, {@code Z}, {@code +0700}), which are taken as the
 *       instant they name and kept as Vietnam's local time, the format's only time (written back as
 *       {@code yyyy/MM/dd HH:mm:ss}).</li>
 *   <li><b>IRREGULAR_AGENCY_CODES</b>: codes whose segments have two or three digits where the
 *       pattern says otherwise ({@code 999.010.01.H22} is in real use); strict mode wants exactly
 *       {@code NNN.NN.NN.LNN}.</li>
 *   <li><b>MISSING_OPTIONAL_ELEMENTS</b>: a document package without {@code DocumentId},
 *       {@code Code}, {@code PromulgationInfo}, {@code Subject} or {@code Bussiness}; strict mode
 *       requires them (the hub's own packages always carry them).</li>
 *   <li><b>CONTENT_ID_FORMS</b>: {@code cid:x}, {@code <x>} and {@code x} name the same attachment.</li>
 * </ol>
 */
public record EdxmlTolerances(boolean businessSpelling, boolean unqualifiedElements, boolean lenientDates,
                              boolean irregularAgencyCodes, boolean missingOptionalElements, boolean contentIdForms) {

    /** What the hub accepts from agencies. */
    public static final EdxmlTolerances LENIENT = new EdxmlTolerances(true, true, true, true, true, true);
    /** No tolerance: what the hub's own output must pass (round-trip tests read with it). */
    public static final EdxmlTolerances STRICT = new EdxmlTolerances(false, false, false, false, false, false);

    private static final Pattern STRICT_AGENCY_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    private static final List<DateTimeFormatter> LENIENT_DATES = List.of(pattern("uuuu-MM-dd"), pattern("dd/MM/uuuu"),
            DateTimeFormatter.ISO_OFFSET_DATE);
    private static final List<DateTimeFormatter> LENIENT_DATE_TIMES = List.of(pattern("dd/MM/uuuu HH:mm:ss"),
            pattern("uuuu-MM-dd HH:mm:ss"), pattern("uuuu-MM-dd'T'HH:mm:ss"), pattern("uuuu/MM/dd HH:mm"),
            pattern("uuuu-MM-dd'T'HH:mm:ss.SSS"));

    /** ISO-8601 with an offset ({@code +07:00}, {@code +0700}, {@code +07}, {@code Z}): {@code T} or a space, seconds optional, any fraction. */
    private static final List<DateTimeFormatter> OFFSET_DATE_TIMES = List.of(offsetDateTime('T'), offsetDateTime(' '));

    private static DateTimeFormatter offsetDateTime(char separator) {
        return new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral(separator)
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .appendPattern("[XXX][XX][X]")
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT)
                .withChronology(IsoChronology.INSTANCE);
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The spellings of a {@code Bussiness*} element name the reader accepts. */
    String[] business(String wireName) {
        return businessSpelling ? new String[]{wireName, wireName.replace("Bussiness", "Business")} : new String[]{wireName};
    }

    /** Whether an element in {@code namespace} belongs to the package. */
    boolean acceptsNamespace(String namespace) {
        return EdxmlNames.NAMESPACE.equals(namespace)
                || (unqualifiedElements && (namespace == null || namespace.isEmpty()));
    }

    Optional<LocalDate> date(String text) {
        String t = text.strip();
        Optional<LocalDate> formal = parse(t, EdxmlDates.DATE).map(LocalDate::from);
        if (formal.isPresent() || !lenientDates) {
            return formal;
        }
        for (DateTimeFormatter f : LENIENT_DATES) {
            Optional<LocalDate> d = parse(t, f).map(LocalDate::from);
            if (d.isPresent()) {
                return d;
            }
        }
        // A date-time where a date is expected: keep the date.
        return dateTime(t).map(LocalDateTime::toLocalDate);
    }

    Optional<LocalDateTime> dateTime(String text) {
        String t = text.strip();
        Optional<LocalDateTime> formal = parse(t, EdxmlDates.DATE_TIME).map(LocalDateTime::from);
        if (formal.isPresent() || !lenientDates) {
            return formal;
        }
        for (DateTimeFormatter f : LENIENT_DATE_TIMES) {
            Optional<LocalDateTime> d = parse(t, f).map(LocalDateTime::from);
            if (d.isPresent()) {
                return d;
            }
        }
        for (DateTimeFormatter f : OFFSET_DATE_TIMES) {
            Optional<LocalDateTime> d = parse(t, f).filter(p -> p.isSupported(ChronoField.OFFSET_SECONDS))
                    .map(p -> OffsetDateTime.from(p).atZoneSameInstant(HubClock.ZONE).toLocalDateTime());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<java.time.temporal.TemporalAccessor> parse(String text, DateTimeFormatter f) {
        try {
            return Optional.of(f.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The agency code if this mode accepts it. */
    Optional<AgencyCode> agencyCode(String text) {
        Optional<AgencyCode> code = AgencyCode.tryParse(text);
        if (irregularAgencyCodes) {
            return code;
        }
        return code.filter(c -> STRICT_AGENCY_CODE.matcher(text.strip()).matches());
    }

    /** {@code cid:abc}, {@code <abc>} and {@code abc} name the same attachment; strict mode wants {@code cid:abc}. */
    String contentId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.strip();
        if (id.regionMatches(true, 0, "cid:", 0, 4)) {
            id = id.substring(4);
        } else if (!contentIdForms) {
            return null;
        }
        if (contentIdForms && id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.isEmpty() ? null : id;
    }
}
