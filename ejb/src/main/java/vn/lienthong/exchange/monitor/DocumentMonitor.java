package vn.lienthong.exchange.monitor;

import vn.lienthong.exchange.receipt.IssuedReceiptView;
import vn.lienthong.exchange.receipt.Receipts;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.exchange.sent.RecipientView;
import vn.lienthong.exchange.sent.SentDocumentView;
import vn.lienthong.exchange.sent.SentDocuments;
import vn.lienthong.platform.time.HubClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The message monitor (giám sát văn bản) of the administrators' console: documents of every
 * agency found by code, number, agency, days and state, and one document's whole story (each
 * recipient's state and statuses, take-back, signature verdicts, the receipts the hub signed).
 */
@Stateless
public class DocumentMonitor {

    /** How many documents of a span the monitor reads; a busier span must be narrowed. */
    static final int MAX_SCANNED = 2000;
    /** How many it shows. */
    static final int MAX_SHOWN = 200;

    @Inject
    DocumentRepository documents;

    @EJB
    SentDocuments sent;

    @EJB
    DirectoryService directory;

    @EJB
    Receipts receipts;

    public DocumentSearchResult search(DocumentSearch search) {
        List<Document> scanned = documents.receivedBetween(Optional.empty(),
                search.from().atStartOfDay(HubClock.ZONE).toInstant(),
                search.to().plusDays(1).atStartOfDay(HubClock.ZONE).toInstant(), MAX_SCANNED + 1);
        boolean truncated = scanned.size() > MAX_SCANNED;
        List<Document> candidates = new ArrayList<>();
        for (Document d : truncated ? scanned.subList(0, MAX_SCANNED) : scanned) {
            if (search.code().map(c -> matchesCode(d, c)).orElse(true)
                    && search.number().map(n -> n.equalsIgnoreCase(d.codeNumber())).orElse(true)) {
                candidates.add(d);
            }
        }
        List<MonitoredDocumentView> found = new ArrayList<>();
        List<SentDocumentView> views = sent.viewsOf(candidates);
        for (int i = 0; i < candidates.size() && found.size() < MAX_SHOWN; i++) {
            Document d = candidates.get(i);
            SentDocumentView view = views.get(i);
            if (search.agency().map(a -> d.sender().equals(a) || view.recipients().stream().anyMatch(r -> r.code().equals(a))).orElse(true)
                    && search.state().map(s -> view.recipients().stream().map(RecipientView::state).anyMatch(s::equals)).orElse(true)) {
                found.add(monitored(d.sender(), view, List.of()));
            }
        }
        return new DocumentSearchResult(found, truncated || found.size() == MAX_SHOWN && candidates.size() > MAX_SHOWN);
    }

    /** One document's story, whoever sent it. */
    public MonitoredDocumentView get(HubDocumentId id) {
        Document d = documents.find(id).orElseThrow(() -> new UnknownDocumentException(id.value()));
        return monitored(d.sender(), sent.viewsOf(List.of(d)).get(0), receipts.issuedFor(id));
    }

    private MonitoredDocumentView monitored(AgencyCode sender, SentDocumentView view, List<IssuedReceiptView> issued) {
        Map<AgencyCode, Agency> agencies = directory.findAgencies(List.of(sender));
        Agency agency = agencies.get(sender);
        return new MonitoredDocumentView(sender, agency == null ? null : agency.name(), view, issued);
    }

    private static boolean matchesCode(Document d, String code) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return d.id().value().equalsIgnoreCase(code)
                || d.edxmlDocumentId() != null && d.edxmlDocumentId().toLowerCase(Locale.ROOT).contains(wanted)
                || d.codeNotation() != null && d.codeNotation().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
