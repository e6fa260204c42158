package vn.lienthong.web.console.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.audit.AuditAction;
import vn.lienthong.audit.AuditEntryView;
import vn.lienthong.audit.AuditQuery;
import vn.lienthong.audit.AuditService;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.web.console.ConsoleFormats;
import vn.lienthong.web.console.ConsoleMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit log (nhật ký quản trị): a GET search form (a search is a link one can share) by days in
 * Vietnam's time, actor, action code and target, newest first, {@value #PAGE_SIZE} entries a page, and
 * the same search as a CSV file ({@code format=csv}: the newest {@link PageRequest#MAX_SIZE} entries).
 */
@Named("auditLog")
@RequestScoped
public class AuditLogPage {

    static final int PAGE_SIZE = 25;

    @Inject
    AuditService audit;

    @Inject
    ConsoleMessages messages;

    @Inject
    ConsoleFormats formats;

    private String from;
    private String to;
    private String actor;
    private String action;
    private String target;
    private Integer page;
    private String format;

    private Page<AuditEntryView> result;

    public Page<AuditEntryView> getResult() {
        if (result == null) {
            try {
                result = audit.search(query(new PageRequest(page == null ? 0 : Math.max(0, page), PAGE_SIZE)));
            } catch (BusinessException e) {
                messages.refused(e);
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                messages.error("audit.badSearch");
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    /** With {@code format=csv}, answers the search as a CSV download instead of the page. */
    public void download() {
        if (!"csv".equals(format)) {
            return;
        }
        String csv;
        try {
            csv = audit.csv(query(new PageRequest(0, PageRequest.MAX_SIZE)));
        } catch (BusinessException e) {
            messages.refused(e);
            return;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            messages.error("audit.badSearch");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv;charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"lienthong-audit.csv\"");
        try (Writer out = external.getResponseOutputWriter()) {
            out.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public List<AuditChange.Field> changes(AuditEntryView entry) {
        return AuditChange.of(entry.before(), entry.after());
    }

    /** A field's value; an instant (the states keep them in UTC) written as every other time of the console. */
    public String value(String text) {
        if (text != null && text.length() >= 20 && text.endsWith("Z") && Character.isDigit(text.charAt(0))) {
            try {
                return formats.time(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    public long getPages() {
        Page<AuditEntryView> p = getResult();
        return Math.max(1, (p.total() + p.size() - 1) / p.size());
    }

    public int getPageNumber() {
        return getResult().page();
    }

    public boolean isHasPrevious() {
        return getResult().page() > 0;
    }

    public boolean isHasNext() {
        return getResult().page() + 1 < getPages();
    }

    /** The query string of this search, for the page links and the CSV link. */
    public String link(Integer otherPage, String otherFormat) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("actor", actor);
        parameters.put("action", action);
        parameters.put("target", target);
        parameters.put("page", otherPage == null ? null : otherPage.toString());
        parameters.put("format", otherFormat);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private AuditQuery query(PageRequest pageRequest) {
        // "to" is the last day shown, inclusive: the query's end is the start of the day after it.
        return new AuditQuery(day(from, 0), day(to, 1), Optional.ofNullable(actor),
                blank(action) ? Optional.empty() : Optional.of(AuditAction.of(action.strip())),
                Optional.ofNullable(target), pageRequest);
    }

    private static Optional<Instant> day(String value, int plusDays) {
        return blank(value) ? Optional.empty()
                : Optional.of(LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(HubClock.ZONE).toInstant());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
