package vn.lienthong.it.soap;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.ConfirmFetchedMany;
import vn.lienthong.it.soap.v1.ConfirmationResult;
import vn.lienthong.it.soap.v1.DeliveryState;
import vn.lienthong.it.soap.v1.Exchange;
import vn.lienthong.it.soap.v1.FetchConfirmation;
import vn.lienthong.it.soap.v1.FetchResult;
import vn.lienthong.it.soap.v1.GetPackages;
import vn.lienthong.it.soap.v1.PackageItem;
import vn.lienthong.it.soap.v1.SendStatuses;
import vn.lienthong.it.soap.v1.StatusResult;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.SoapFaults.faultOf;

/**
 * The batch operations of the SOAP contract (issue 15), through a client generated from the
 * published WSDL: the same answers as REST's batch calls, item by item, with each refused item
 * carrying the fault detail the single operation would have thrown.
 */
class BatchSoapIT {

    private static final String SENDER = "000.00.01.G22";
    private final AgencyClient restSender = Hub.as(SENDER);

    @Test
    void aRecipientFetchesConfirmsAndReportsSeveralDocumentsInThreeCalls() throws Exception {
        String recipientCode = "000.00.04.G09";
        Exchange recipient = SoapHub.exchangeAs(recipientCode);
        AgencyClient restRecipient = Hub.as(recipientCode);
        restRecipient.confirmEverythingWaiting();
        Packages.Document first = Packages.document(SENDER, recipientCode);
        Packages.Document second = Packages.document(SENDER, recipientCode);
        String firstId = restSender.send(first.xml());
        String secondId = restSender.send(second.xml());
        restRecipient.awaitInInbox(firstId);
        restRecipient.awaitInInbox(secondId);

        GetPackages waiting = new GetPackages();
        waiting.setLimit(10);
        List<PackageItem> items = recipient.getPackages(waiting).getItem();
        assertThat(items).extracting(PackageItem::getDocumentId).containsExactly(firstId, secondId);
        assertThat(SoapHub.bytes(items.get(0).getPackage())).isEqualTo(first.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(SoapHub.bytes(items.get(1).getPackage())).isEqualTo(second.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(items).allSatisfy(item -> assertThat(item.getFault()).isNull());

        ConfirmFetchedMany confirm = new ConfirmFetchedMany();
        confirm.getConfirmation().add(confirmation(firstId, FetchResult.DONE));
        confirm.getConfirmation().add(confirmation(secondId, FetchResult.DONE));
        assertThat(recipient.confirmFetchedMany(confirm).getItem()).extracting(ConfirmationResult::getState)
                .containsExactly(DeliveryState.FETCHED, DeliveryState.FETCHED);

        SendStatuses statuses = new SendStatuses();
        statuses.getPackage().add(SoapHub.attachment(first.status(recipientCode, "03", "Đã tiếp nhận")
                .getBytes(StandardCharsets.UTF_8)));
        statuses.getPackage().add(SoapHub.attachment("<not-edxml/>".getBytes(StandardCharsets.UTF_8)));
        statuses.getPackage().add(SoapHub.attachment(second.status(recipientCode, "04", "Đã phân công")
                .getBytes(StandardCharsets.UTF_8)));
        List<StatusResult> results = recipient.sendStatuses(statuses).getItem();
        assertThat(results).extracting(StatusResult::getIndex).containsExactly(0, 1, 2);
        assertThat(results.get(0).getStatusCode()).isEqualTo("03");
        assertThat(results.get(0).getDocumentId()).isEqualTo(firstId);
        assertThat(results.get(1).getFault().getCode()).isNotBlank();
        assertThat(results.get(1).getStatusId()).isNull();
        assertThat(results.get(2).getStatusCode()).isEqualTo("04");

        GetPackages none = new GetPackages();
        assertThat(recipient.getPackages(none).getItem()).as("nothing waits any more").isEmpty();
    }

    @Test
    void eachItemTheCallerMayNotHaveCarriesItsFaultAndTheOthersAreServed() throws Exception {
        String recipientCode = "000.00.05.G18";
        Exchange recipient = SoapHub.exchangeAs(recipientCode);
        Packages.Document mine = Packages.document(SENDER, recipientCode);
        String mineId = restSender.send(mine.xml());
        Hub.as(recipientCode).awaitInInbox(mineId);
        String unknownId = UUID.randomUUID().toString();

        GetPackages named = new GetPackages();
        named.getDocumentId().addAll(List.of(unknownId, mineId));
        List<PackageItem> items = recipient.getPackages(named).getItem();
        assertThat(items.get(0).getFault().getCode()).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(items.get(0).getFault().getStatus()).isEqualTo(404);
        assertThat(items.get(0).getPackage()).isNull();
        assertThat(SoapHub.bytes(items.get(1).getPackage())).isEqualTo(mine.xml().getBytes(StandardCharsets.UTF_8));

        ConfirmFetchedMany confirm = new ConfirmFetchedMany();
        confirm.getConfirmation().add(confirmation(unknownId, FetchResult.DONE));
        confirm.getConfirmation().add(confirmation(mineId, FetchResult.DONE));
        List<ConfirmationResult> confirmed = recipient.confirmFetchedMany(confirm).getItem();
        assertThat(confirmed.get(0).getFault().getCode()).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(confirmed.get(1).getState()).isEqualTo(DeliveryState.FETCHED);

        ConfirmFetchedMany empty = new ConfirmFetchedMany();
        assertThat(faultOf(() -> recipient.confirmFetchedMany(empty)).getCode()).isEqualTo("INVALID_REQUEST");
        GetPackages malformed = new GetPackages();
        malformed.getDocumentId().add("not-an-id");
        assertThat(faultOf(() -> recipient.getPackages(malformed)).getCode()).isEqualTo("INVALID_REQUEST");
    }

    private static FetchConfirmation confirmation(String id, FetchResult result) {
        FetchConfirmation confirmation = new FetchConfirmation();
        confirmation.setDocumentId(id);
        confirmation.setResult(result);
        return confirmation;
    }
}
