package vn.lienthong.it.security;

import jakarta.xml.ws.WebServiceException;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.ConfirmFetched;
import vn.lienthong.it.soap.v1.ConfirmFetchedMany;
import vn.lienthong.it.soap.v1.ConfirmationResult;
import vn.lienthong.it.soap.v1.FetchConfirmation;
import vn.lienthong.it.soap.v1.Directory;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.FetchResult;
import vn.lienthong.it.soap.v1.GetAgencies;
import vn.lienthong.it.soap.v1.GetAgencyChanges;
import vn.lienthong.it.soap.v1.GetPackage;
import vn.lienthong.it.soap.v1.GetPackages;
import vn.lienthong.it.soap.v1.PackageItem;
import vn.lienthong.it.soap.v1.GetSent;
import vn.lienthong.it.soap.v1.GetSnapshot;
import vn.lienthong.it.soap.v1.HubFault;
import vn.lienthong.it.soap.v1.InboxItem;
import vn.lienthong.it.soap.v1.ListInbox;
import vn.lienthong.it.soap.v1.ListSent;
import vn.lienthong.it.soap.v1.SendPackage;
import vn.lienthong.it.soap.v1.SendStatus;
import vn.lienthong.it.soap.v1.SendStatuses;
import vn.lienthong.it.soap.v1.StatusResult;
import vn.lienthong.it.soap.v1.SentDocument;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SOAP operation against every kind of caller: the agency the document belongs to, another
 * agency, an administrator, and nobody. Exactly the allowed cells succeed. Refusals: nobody gets
 * HTTP 401 before any SOAP processing; an administrator is refused the exchange with HTTP 403
 * (it is not an agency); another agency gets a fault (NOT_YOURS, or SENDER_MISMATCH for a package
 * that names someone else as sender), or does not find the document in its own listings.
 */
class SoapAuthorizationMatrixIT {

    private enum Caller { OWNER, OTHER_AGENCY, ADMINISTRATOR, ANONYMOUS }

    private static final String SENDER = "000.00.14.H20";
    private static final String RECIPIENT = "000.00.15.H20";
    private static final String OTHER = "000.00.16.H20";
    /** What a listing answers when it works but does not hold the document. */
    private static final String NOT_LISTED = "not listed";

    private record Operation(String name, Set<Caller> allowed, Function<Caller, String> call) {
    }

    /** One SOAP call; answers "ok", "fault CODE", "http NNN" or {@link #NOT_LISTED}. */
    @FunctionalInterface
    private interface SoapCall {
        String run() throws HubFault;
    }

    @Test
    void exactlyTheAllowedCellsSucceed() throws HubFault {
        Packages.Document document = Packages.document(SENDER, RECIPIENT);
        SendPackage send = new SendPackage();
        send.setPackage(SoapHub.attachment(document.xml().getBytes(StandardCharsets.UTF_8)));
        String id = SoapHub.exchangeAs(SENDER).sendPackage(send).getReceipt().getDocumentId();
        Hub.as(RECIPIENT).awaitInInbox(id);

        List<Operation> operations = List.of(
                new Operation("sendPackage", Set.of(Caller.OWNER), c -> outcome(() -> {
                    SendPackage request = new SendPackage();
                    request.setPackage(SoapHub.attachment(Packages.document(SENDER, RECIPIENT).xml().getBytes(StandardCharsets.UTF_8)));
                    exchange(c, SENDER).sendPackage(request);
                    return "ok";
                })),
                new Operation("listInbox", Set.of(Caller.OWNER), c -> outcome(() -> {
                    ListInbox request = new ListInbox();
                    request.setIncludeFetched(true);
                    request.setLimit(500);
                    return exchange(c, RECIPIENT).listInbox(request).getItem().stream().map(InboxItem::getDocumentId)
                            .anyMatch(id::equals) ? "ok" : NOT_LISTED;
                })),
                new Operation("getPackage", Set.of(Caller.OWNER), c -> outcome(() -> {
                    GetPackage request = new GetPackage();
                    request.setDocumentId(id);
                    SoapHub.bytes(exchange(c, RECIPIENT).getPackage(request).getPackage());
                    return "ok";
                })),
                new Operation("confirmFetched", Set.of(Caller.OWNER), c -> outcome(() -> {
                    ConfirmFetched request = new ConfirmFetched();
                    request.setDocumentId(id);
                    request.setResult(FetchResult.FAILED);
                    request.setReason("matrix test");
                    exchange(c, RECIPIENT).confirmFetched(request);
                    return "ok";
                })),
                new Operation("sendStatus", Set.of(Caller.OWNER), c -> outcome(() -> {
                    // Each caller reports in its own name, as honest software would.
                    String reporter = c == Caller.OWNER ? RECIPIENT : OTHER;
                    SendStatus request = new SendStatus();
                    request.setPackage(SoapHub.attachment(document.status(reporter, "01", "Đã đến").getBytes(StandardCharsets.UTF_8)));
                    exchange(c, RECIPIENT).sendStatus(request);
                    return "ok";
                })),
                // Batch operations answer each item; the cell is the single item's answer.
                new Operation("getPackages", Set.of(Caller.OWNER), c -> outcome(() -> {
                    GetPackages request = new GetPackages();
                    request.getDocumentId().add(id);
                    PackageItem item = exchange(c, RECIPIENT).getPackages(request).getItem().get(0);
                    return item.getFault() != null ? "fault " + item.getFault().getCode() : "ok";
                })),
                new Operation("confirmFetchedMany", Set.of(Caller.OWNER), c -> outcome(() -> {
                    FetchConfirmation confirmation = new FetchConfirmation();
                    confirmation.setDocumentId(id);
                    confirmation.setResult(FetchResult.FAILED);
                    confirmation.setReason("matrix test");
                    ConfirmFetchedMany request = new ConfirmFetchedMany();
                    request.getConfirmation().add(confirmation);
                    ConfirmationResult item = exchange(c, RECIPIENT).confirmFetchedMany(request).getItem().get(0);
                    return item.getFault() != null ? "fault " + item.getFault().getCode() : "ok";
                })),
                new Operation("sendStatuses", Set.of(Caller.OWNER), c -> outcome(() -> {
                    String reporter = c == Caller.OWNER ? RECIPIENT : OTHER;
                    SendStatuses request = new SendStatuses();
                    request.getPackage().add(SoapHub.attachment(document.status(reporter, "01", "Đã đến").getBytes(StandardCharsets.UTF_8)));
                    StatusResult item = exchange(c, RECIPIENT).sendStatuses(request).getItem().get(0);
                    return item.getFault() != null ? "fault " + item.getFault().getCode() : "ok";
                })),
                new Operation("listSent", Set.of(Caller.OWNER), c -> outcome(() -> {
                    ListSent request = new ListSent();
                    request.setLimit(500);
                    return exchange(c, SENDER).listSent(request).getDocument().stream().map(SentDocument::getDocumentId)
                            .anyMatch(id::equals) ? "ok" : NOT_LISTED;
                })),
                new Operation("getSent", Set.of(Caller.OWNER), c -> outcome(() -> {
                    GetSent request = new GetSent();
                    request.setDocumentId(id);
                    exchange(c, SENDER).getSent(request);
                    return "ok";
                })),
                new Operation("getAgencies", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR), c -> outcome(() -> {
                    GetAgencies request = new GetAgencies();
                    request.setSize(5);
                    directory(c).getAgencies(request);
                    return "ok";
                })),
                new Operation("getAgencyChanges", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR), c -> outcome(() -> {
                    GetAgencyChanges request = new GetAgencyChanges();
                    request.setLimit(5);
                    directory(c).getAgencyChanges(request);
                    return "ok";
                })),
                new Operation("getSnapshot", Set.of(Caller.OWNER, Caller.OTHER_AGENCY, Caller.ADMINISTRATOR), c -> outcome(() -> {
                    directory(c).getSnapshot(new GetSnapshot());
                    return "ok";
                })));

        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> table = new ArrayList<>();
        table.add(String.format("%-18s %-22s %-22s %-22s %-22s", "SOAP operation", "OWNER", "OTHER_AGENCY", "ADMINISTRATOR", "ANONYMOUS"));
        for (Operation operation : operations) {
            StringBuilder row = new StringBuilder(String.format("%-18s", operation.name()));
            for (Caller caller : Caller.values()) {
                String outcome = operation.call().apply(caller);
                row.append(String.format(" %-22s", outcome));
                boolean allowed = operation.allowed().contains(caller);
                if (allowed ? !outcome.equals("ok") : !refusedProperly(caller, outcome)) {
                    wrong.put(operation.name() + " as " + caller, outcome);
                }
            }
            table.add(row.toString());
        }
        table.forEach(System.out::println);
        assertThat(wrong).as("cells that are not as allowed").isEmpty();
    }

    private static boolean refusedProperly(Caller caller, String outcome) {
        return switch (caller) {
            case ANONYMOUS -> outcome.equals("http 401");
            case ADMINISTRATOR -> outcome.equals("http 403");
            case OTHER_AGENCY -> outcome.equals("fault NOT_YOURS") || outcome.equals("fault SENDER_MISMATCH")
                    || outcome.equals(NOT_LISTED);
            case OWNER -> false;
        };
    }

    /**
     * The owner's port, another agency's, an administrator's, or one that does not sign in. Other
     * agencies sign in fine but own nothing here.
     */
    private static Exchange exchange(Caller caller, String owner) {
        return switch (caller) {
            case OWNER -> SoapHub.exchangeAs(owner);
            case OTHER_AGENCY -> SoapHub.exchangeAs(OTHER);
            case ADMINISTRATOR -> SoapHub.exchangeAsAdministrator();
            case ANONYMOUS -> SoapHub.exchange(null, null);
        };
    }

    private static Directory directory(Caller caller) {
        return switch (caller) {
            case OWNER -> SoapHub.directoryAs(SENDER);
            case OTHER_AGENCY -> SoapHub.directoryAs(OTHER);
            case ADMINISTRATOR -> SoapHub.directoryAsAdministrator();
            case ANONYMOUS -> SoapHub.directory(null, null);
        };
    }

    private static String outcome(SoapCall call) {
        try {
            return call.run();
        } catch (HubFault fault) {
            return "fault " + fault.getFaultInfo().getCode();
        } catch (WebServiceException e) {
            return "http " + vn.lienthong.it.support.SoapFaults.httpStatus(e);
        }
    }
}
