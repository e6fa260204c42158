package vn.lienthong.web.soap.exchange;

import jakarta.activation.DataHandler;
import vn.lienthong.exchange.inbox.AcknowledgementResult;
import vn.lienthong.exchange.inbox.PackageOpening;
import vn.lienthong.exchange.status.StatusOutcome;
import vn.lienthong.web.soap.SoapFaults;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.ConfirmationResult;
import vn.lienthong.web.soap.v1.PackageItem;
import vn.lienthong.web.soap.v1.StatusResult;

/**
 * The items of the batch operations' answers ({@code getPackages}, {@code confirmFetchedMany},
 * {@code sendStatuses}): each what the single operation answers, or the fault detail it would throw.
 */
final class BatchMessages {

    private BatchMessages() {
    }

    static PackageItem packageItem(PackageOpening opening) {
        PackageItem item = new PackageItem();
        item.setDocumentId(opening.documentId().value());
        opening.opened().ifPresentOrElse(stored -> {
            item.setSizeBytes(stored.sizeBytes());
            item.setSha256(stored.sha256());
            item.setPackage(new DataHandler(new StoredPackageSource(stored)));
        }, () -> item.setFault(SoapFaults.detail(opening.refusal())));
        return item;
    }

    static ConfirmationResult confirmation(AcknowledgementResult result) {
        ConfirmationResult item = new ConfirmationResult();
        item.setDocumentId(result.documentId().value());
        result.refused().ifPresentOrElse(refusal -> item.setFault(SoapFaults.detail(refusal)),
                () -> item.setState(ExchangeMessages.state(result.state())));
        return item;
    }

    static StatusResult status(int index, StatusOutcome outcome) {
        StatusResult item = new StatusResult();
        item.setIndex(index);
        outcome.recorded().ifPresent(receipt -> {
            item.setStatusId(receipt.statusId().value());
            item.setDocumentId(receipt.documentId().value());
            item.setStatusCode(receipt.statusCode());
            item.setReceivedAt(SoapTimes.of(receipt.receivedAt()));
            item.setSignature(ExchangeMessages.signature(receipt.signature()));
        });
        outcome.refused().ifPresent(refusal -> item.setFault(SoapFaults.detail(refusal)));
        return item;
    }
}
