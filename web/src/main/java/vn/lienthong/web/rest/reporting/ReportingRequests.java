package vn.lienthong.web.rest.reporting;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What the reporting resources share: who calls, and reading JSON bodies, times and dates as problems name them. */
final class ReportingRequests {

    /** Largest JSON body the reporting API reads (a regime with hundreds of indicators, a report with large tables). */
    static final int MAX_BODY = 8 * 1024 * 1024;

    private ReportingRequests() {
    }

    static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }

    static byte[] bytes(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] read = body.readNBytes(MAX_BODY + 1);
            if (read.length > MAX_BODY) {
                throw new InvalidRequestException("body", "The body is larger than " + MAX_BODY / (1024 * 1024) + " MiB",
                        "Nội dung lớn hơn " + MAX_BODY / (1024 * 1024) + " MiB");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(InputStream body) {
        return json(bytes(body));
    }

    static JsonObject json(byte[] body) {
        if (body.length == 0) {
            throw new InvalidRequestException("body", "A JSON object is required", "Cần nội dung JSON");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException("body", "The body is not a JSON object: " + e.getMessage(),
                    "Nội dung không phải đối tượng JSON: " + e.getMessage());
        }
    }

    static Optional<String> string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonString s) {
            return Optional.of(s.getString()).filter(t -> !t.isBlank());
        }
        throw new InvalidRequestException(field, field + " must be a string", field + " phải là chuỗi");
    }

    static Optional<Instant> instant(JsonObject o, String field) {
        return string(o, field).map(t -> {
            try {
                return OffsetDateTime.parse(t.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(field, field + " must be a date-time with offset such as 2026-12-20T17:00:00+07:00",
                        field + " phải là thời điểm có múi giờ, ví dụ 2026-12-20T17:00:00+07:00");
            }
        });
    }

    static Optional<LocalDate> date(JsonObject o, String field) {
        return string(o, field).map(t -> {
            try {
                return LocalDate.parse(t.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(field, field + " must be a date such as 2026-12-01", field + " phải là ngày dạng 2026-12-01");
            }
        });
    }

    static AgencyCode agency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, field + " (an agency code) is required", "Cần " + field + " (mã định danh cơ quan)");
        }
        return AgencyCode.of(code.strip());
    }

    static Optional<AgencyCode> optionalAgency(String code) {
        return Optional.ofNullable(code).filter(c -> !c.isBlank()).map(c -> AgencyCode.of(c.strip()));
    }
}
