package vn.lienthong.web.console.message;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.monitor.DocumentMonitor;
import vn.lienthong.exchange.monitor.DocumentSearch;
import vn.lienthong.exchange.monitor.DocumentSearchResult;
import vn.lienthong.exchange.monitor.MonitoredDocumentView;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.web.console.ConsoleMessages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The message monitor (giám sát văn bản): a GET search form (so a search is a link one can share)
 * over the last week by default, and one document's story when {@code id} names it.
 */
@Named("messages")
@RequestScoped
public class MessagesPage {

    static final int DEFAULT_DAYS = 7;

    @Inject
    DocumentMonitor monitor;

    @Inject
    ConsoleMessages messages;

    @Inject
    Clock clock;

    private String id;
    private String code;
    private String number;
    private String agency;
    private String from;
    private String to;
    private String state;

    private DocumentSearchResult result;
    private MonitoredDocumentView document;
    private boolean documentLoaded;

    public DocumentSearchResult getResult() {
        if (result == null) {
            try {
                LocalDate today = LocalDate.ofInstant(clock.instant(), HubClock.ZONE);
                result = monitor.search(new DocumentSearch(Optional.ofNullable(code), Optional.ofNullable(number),
                        blank(agency) ? Optional.empty() : Optional.of(AgencyCode.of(agency.strip())),
                        day(from, today.minusDays(DEFAULT_DAYS - 1L)), day(to, today),
                        blank(state) ? Optional.empty() : Optional.of(DeliveryState.valueOf(state))));
            } catch (BusinessException e) {
                messages.refused(e);
                result = new DocumentSearchResult(java.util.List.of(), false);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                messages.error("messages.badSearch");
                result = new DocumentSearchResult(java.util.List.of(), false);
            }
        }
        return result;
    }

    public MonitoredDocumentView getDocument() {
        if (!documentLoaded) {
            documentLoaded = true;
            if (!blank(id)) {
                try {
                    document = monitor.get(new HubDocumentId(id.strip()));
                } catch (BusinessException e) {
                    messages.refused(e);
                } catch (IllegalArgumentException e) {
                    messages.error("messages.badSearch");
                }
            }
        }
        return document;
    }

    public DeliveryState[] getStates() {
        return DeliveryState.values();
    }

    private static LocalDate day(String value, LocalDate otherwise) {
        return blank(value) ? otherwise : LocalDate.parse(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
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

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
