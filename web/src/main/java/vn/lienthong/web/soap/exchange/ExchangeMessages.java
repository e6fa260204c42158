package vn.lienthong.web.soap.exchange;

import vn.lienthong.exchange.submission.SubmissionAnswer;
import vn.lienthong.web.soap.v1.SendPackageResponse;
import vn.lienthong.exchange.inbox.InboxItem;
import vn.lienthong.exchange.sent.RecipientView;
import vn.lienthong.exchange.sent.SentDocumentView;
import vn.lienthong.exchange.status.StatusView;
import vn.lienthong.exchange.submission.SubmissionReceipt;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.DeliveryState;
import vn.lienthong.web.soap.v1.Receipt;
import vn.lienthong.web.soap.v1.RecipientState;
import vn.lienthong.web.soap.v1.ReportedStatus;
import vn.lienthong.web.soap.v1.Relay;
import vn.lienthong.web.soap.v1.RelayState;
import vn.lienthong.web.soap.v1.Reroute;
import vn.lienthong.web.soap.v1.SentDocument;
import vn.lienthong.web.soap.v1.SignatureVerdict;
import vn.lienthong.web.soap.v1.TakeBackState;
import vn.lienthong.web.soap.v1.Signer;

/** The exchange service's answers as messages of the v1 contract (same fields as the REST JSON). */
final class ExchangeMessages {

    private ExchangeMessages() {
    }

    static Receipt receipt(SubmissionReceipt r) {
        Receipt receipt = new Receipt();
        receipt.setDocumentId(r.documentId().value());
        receipt.setEdxmlDocumentId(r.edxmlDocumentId());
        receipt.setSender(r.sender().value());
        r.recipients().forEach(code -> receipt.getRecipient().add(code.value()));
        receipt.setSizeBytes(r.sizeBytes());
        receipt.setSha256(r.sha256());
        receipt.setReceivedAt(SoapTimes.of(r.receivedAt()));
        receipt.setReplayed(r.replayed());
        r.reroutes().forEach(x -> {
            Reroute reroute = new Reroute();
            reroute.setAddressed(x.addressed().value());
            reroute.setDeliveredTo(x.deliveredTo().value());
            receipt.getReroute().add(reroute);
        });
        return receipt;
    }

    /** The whole answer to sendPackage: what REST's answer to POST /api/v1/documents carries. */
    static SendPackageResponse sent(SubmissionAnswer answer) {
        SendPackageResponse response = new SendPackageResponse();
        response.setReceipt(receipt(answer.receipt()));
        answer.signature().ifPresent(s -> response.setSignature(signature(s.verdict())));
        answer.signedReceipt().ifPresent(signed -> {
            response.setSignedReceipt(signed.cms());
            response.setReceiptTimestamped(signed.timestamped());
        });
        return response;
    }

    static vn.lienthong.web.soap.v1.InboxItem inboxItem(InboxItem i) {
        vn.lienthong.web.soap.v1.InboxItem item = new vn.lienthong.web.soap.v1.InboxItem();
        item.setDocumentId(i.documentId().value());
        item.setSender(i.sender().value());
        item.setSenderName(i.senderName());
        item.setEdxmlDocumentId(i.edxmlDocumentId());
        item.setCodeNumber(i.codeNumber());
        item.setCodeNotation(i.codeNotation());
        item.setSubject(i.subject());
        item.setBusinessType(i.businessType().code());
        item.setSigned(i.signed());
        item.setAttachmentCount(i.attachmentCount());
        item.setSizeBytes(i.sizeBytes());
        item.setSha256(i.sha256());
        item.setReceivedAt(SoapTimes.of(i.receivedAt()));
        item.setState(state(i.state()));
        item.setDeliveredAt(SoapTimes.of(i.deliveredAt()));
        item.setFetchedAt(SoapTimes.of(i.fetchedAt()));
        item.setFetchFailures(i.fetchFailures());
        return item;
    }

    static SentDocument sent(SentDocumentView v) {
        SentDocument document = new SentDocument();
        document.setDocumentId(v.documentId().value());
        document.setEdxmlDocumentId(v.edxmlDocumentId());
        document.setCodeNumber(v.codeNumber());
        document.setCodeNotation(v.codeNotation());
        document.setSubject(v.subject());
        document.setBusinessType(v.businessType().code());
        document.setSigned(v.signed());
        document.setSizeBytes(v.sizeBytes());
        document.setSha256(v.sha256());
        document.setReceivedAt(SoapTimes.of(v.receivedAt()));
        v.recipients().forEach(r -> document.getRecipient().add(recipient(r)));
        document.setRelatedDocumentId(v.relatedDocumentId() == null ? null : v.relatedDocumentId().value());
        document.setRelatedEdxmlDocumentId(v.relatedEdxmlDocumentId());
        document.setTakeBackState(v.takeBackState() == null ? null : TakeBackState.fromValue(v.takeBackState().name()));
        document.setSignature(v.signature() == null ? null : signature(v.signature().verdict()));
        return document;
    }

    static DeliveryState state(vn.lienthong.exchange.delivery.DeliveryState state) {
        return DeliveryState.fromValue(state.name());
    }

    private static RecipientState recipient(RecipientView r) {
        RecipientState recipient = new RecipientState();
        recipient.setCode(r.code().value());
        recipient.setName(r.name());
        recipient.setState(state(r.state()));
        recipient.setDeliveredAt(SoapTimes.of(r.deliveredAt()));
        recipient.setDeliveredBy(r.deliveredBy());
        recipient.setFetchedAt(SoapTimes.of(r.fetchedAt()));
        recipient.setFetchFailures(r.fetchFailures());
        recipient.setLastFailureReason(r.lastFailureReason());
        recipient.setRoutedFrom(r.routedFrom() == null ? null : r.routedFrom().value());
        r.statuses().forEach(s -> recipient.getStatus().add(status(s)));
        recipient.setHeldBy(r.heldBy() == null ? null : r.heldBy().value());
        recipient.setRelay(relay(r.relay()));
        return recipient;
    }

    /** Where the relay to the hub holding a recipient stands, as REST's {@code relay}; null stays absent. */
    private static Relay relay(vn.lienthong.exchange.relay.RelayState r) {
        if (r == null) {
            return null;
        }
        Relay relay = new Relay();
        relay.setState(RelayState.fromValue(r.state().name()));
        relay.setProblemCode(r.problemCode().orElse(null));
        relay.setLastError(r.lastError().orElse(null));
        return relay;
    }

    private static ReportedStatus status(StatusView s) {
        ReportedStatus status = new ReportedStatus();
        status.setStatusId(s.statusId().value());
        status.setCode(s.statusCode());
        status.setMeaning(s.meaningEn());
        status.setMeaningVi(s.meaningVi());
        status.setDescription(s.description());
        status.setStaffDepartment(s.staffDepartment());
        status.setStaffName(s.staffName());
        status.setReportedAt(SoapTimes.of(s.reportedAt()));
        status.setReceivedAt(SoapTimes.of(s.receivedAt()));
        status.setSignature(signature(s.signature()));
        return status;
    }

    /** The verdict on a package's signature, as in the REST {@code signature} object; null stays absent. */
    static SignatureVerdict signature(vn.lienthong.signature.verification.SignatureVerdict v) {
        if (v == null) {
            return null;
        }
        SignatureVerdict verdict = new SignatureVerdict();
        verdict.setVerdict(v.outcome().name());
        if (v.check() != null) {
            verdict.setCheck(v.check().name());
            verdict.setCode(v.check().refusalCode());
        }
        verdict.setReason(v.reasonEn());
        verdict.setReasonVi(v.reasonVi());
        v.signerInfo().ifPresent(s -> {
            Signer signer = new Signer();
            signer.setSubject(s.subject());
            signer.setIssuer(s.issuer());
            signer.setFingerprint(s.fingerprint());
            signer.setAlgorithm(s.algorithm());
            verdict.setSigner(signer);
        });
        return verdict;
    }
}
