package vn.lienthong.web.rest.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditQuery;
import vn.lienthong.audit.AuditService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The audit log of administrative actions: {@code /api/v1/admin/audit} (role administrator, web.xml),
 * filtered by period ({@code from} inclusive, {@code to} exclusive: a date-time with offset, or a date
 * meaning its start in Vietnam), actor, action code and target; numbered pages like the directory.
 * JSON by default, CSV with {@code Accept: text/csv}.
 */
@Path("v1/admin/audit")
public class AuditResource {

    static final String CSV = "text/csv";

    @EJB
    AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPageJson json(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                              @QueryParam("action") String action, @QueryParam("target") String target,
                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<AuditEntryJson> found = audit.search(query(from, to, actor, action, target, page, size)).map(AuditEntryJson::of);
        return new AuditPageJson(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Produces(CSV + ";charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                        @QueryParam("action") String action, @QueryParam("target") String target,
                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Response.ok(audit.csv(query(from, to, actor, action, target, page, size)))
                .header("Content-Disposition", "attachment; filename=\"lienthong-audit.csv\"").build();
    }

    private static AuditQuery query(String from, String to, String actor, String action, String target, Integer page, Integer size) {
        return new AuditQuery(instant("from", from), instant("to", to), Optional.ofNullable(actor),
                Optional.ofNullable(action).filter(a -> !a.isBlank()).map(a -> actionCode(a.strip())),
                Optional.ofNullable(target), PageRequest.of(page, size));
    }

    private static AuditAction actionCode(String code) {
        try {
            return AuditAction.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("action", "action is an action code such as directory.rename",
                    "action là mã thao tác, ví dụ directory.rename");
        }
    }

    private static Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay(HubClock.ZONE).toInstant()
                    : OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a date such as 2026-12-01 or a date-time with offset such as "
                    + "2026-12-01T08:00:00+07:00", field + " phải là ngày dạng 2026-12-01 hoặc thời điểm có múi giờ, ví dụ 2026-12-01T08:00:00+07:00");
        }
    }
}
