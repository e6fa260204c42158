package vn.lienthong.web.soap.exchange;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.MTOM;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.inbox.Acknowledgement;
import vn.lienthong.exchange.inbox.FetchOutcome;
import vn.lienthong.exchange.inbox.PackageOpening;
import vn.lienthong.exchange.status.StatusOutcome;
import vn.lienthong.exchange.inbox.InboxService;
import vn.lienthong.exchange.sent.SentDocuments;
import vn.lienthong.exchange.status.StatusReceipt;
import vn.lienthong.exchange.status.StatusService;
import vn.lienthong.exchange.submission.SubmissionService;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.batch.BatchSize;
import vn.lienthong.platform.paging.Slice;
import vn.lienthong.web.rest.Cursors;
import vn.lienthong.web.soap.SoapCallers;
import vn.lienthong.web.soap.SoapFaults;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.ConfirmFetched;
import vn.lienthong.web.soap.v1.ConfirmFetchedMany;
import vn.lienthong.web.soap.v1.ConfirmFetchedManyResponse;
import vn.lienthong.web.soap.v1.ConfirmFetchedResponse;
import vn.lienthong.web.soap.v1.FetchResult;
import vn.lienthong.web.soap.v1.Exchange;
import vn.lienthong.web.soap.v1.GetPackage;
import vn.lienthong.web.soap.v1.GetPackageResponse;
import vn.lienthong.web.soap.v1.GetPackages;
import vn.lienthong.web.soap.v1.GetPackagesResponse;
import vn.lienthong.web.soap.v1.GetSent;
import vn.lienthong.web.soap.v1.GetSentResponse;
import vn.lienthong.web.soap.v1.HubFault;
import vn.lienthong.web.soap.v1.ListInbox;
import vn.lienthong.web.soap.v1.ListInboxResponse;
import vn.lienthong.web.soap.v1.ListSent;
import vn.lienthong.web.soap.v1.ListSentResponse;
import vn.lienthong.web.soap.v1.SendPackage;
import vn.lienthong.web.soap.v1.SendPackageResponse;
import vn.lienthong.web.soap.v1.SendStatus;
import vn.lienthong.web.soap.v1.SendStatusResponse;
import vn.lienthong.web.soap.v1.SendStatuses;
import vn.lienthong.web.soap.v1.SendStatusesResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sending and receiving documents over SOAP ({@code /soap/v1/exchange}, mapped in web.xml): the
 * same services as the REST resources under {@code /api/v1/documents}, {@code inbox}, {@code sent}
 * and {@code statuses}, for the agency the request signed in as. Packages travel as MTOM
 * attachments, read and written as streams.
 */
@WebService(serviceName = "ExchangeService", portName = "ExchangePort", targetNamespace = "urn:lienthong:soap:v1",
        endpointInterface = "vn.lienthong.web.soap.v1.Exchange", wsdlLocation = "WEB-INF/wsdl/lienthong-v1.wsdl")
@MTOM
public class ExchangeEndpoint implements Exchange {

    @Resource
    WebServiceContext context;

    @EJB
    SubmissionService submissions;

    @EJB
    InboxService inbox;

    @EJB
    SentDocuments sent;

    @EJB
    StatusService statuses;

    @Override
    public SendPackageResponse sendPackage(SendPackage request) throws HubFault {
        var caller = SoapCallers.agency(context);
        DataHandler attachment = required(request.getPackage());
        return SoapFaults.answer(() -> read(attachment, body -> ExchangeMessages.sent(
                submissions.send(caller, body, Cursors.cursor(request.getIdempotencyKey())))));
    }

    @Override
    public ListInboxResponse listInbox(ListInbox request) throws HubFault {
        var caller = SoapCallers.agency(context);
        var slice = SoapFaults.answer(() -> inbox.list(caller, Boolean.TRUE.equals(request.isIncludeFetched()),
                Cursors.cursor(request.getAfter()), Slice.limit(request.getLimit())));
        ListInboxResponse response = new ListInboxResponse();
        slice.items().forEach(item -> response.getItem().add(ExchangeMessages.inboxItem(item)));
        response.setNextCursor(slice.nextCursor().orElse(null));
        return response;
    }

    /** The package byte for byte as the sender sent it, with its SHA-256 to check the attachment against. */
    @Override
    public GetPackageResponse getPackage(GetPackage request) throws HubFault {
        var caller = SoapCallers.agency(context);
        StoredPackage stored = SoapFaults.answer(() -> inbox.open(caller, new HubDocumentId(request.getDocumentId())));
        GetPackageResponse response = new GetPackageResponse();
        response.setDocumentId(stored.id().value());
        response.setSizeBytes(stored.sizeBytes());
        response.setSha256(stored.sha256());
        response.setPackage(new DataHandler(new StoredPackageSource(stored)));
        return response;
    }

    @Override
    public ConfirmFetchedResponse confirmFetched(ConfirmFetched request) throws HubFault {
        var caller = SoapCallers.agency(context);
        DeliveryState state = SoapFaults.answer(() -> inbox.acknowledge(caller, new HubDocumentId(request.getDocumentId()),
                outcome(request), request.getReason()));
        ConfirmFetchedResponse response = new ConfirmFetchedResponse();
        response.setDocumentId(request.getDocumentId());
        response.setState(ExchangeMessages.state(state));
        return response;
    }

    @Override
    public ListSentResponse listSent(ListSent request) throws HubFault {
        var caller = SoapCallers.agency(context);
        var slice = SoapFaults.answer(() -> sent.list(caller, Cursors.cursor(request.getBefore()),
                Slice.limit(request.getLimit())));
        ListSentResponse response = new ListSentResponse();
        slice.items().forEach(view -> response.getDocument().add(ExchangeMessages.sent(view)));
        response.setNextCursor(slice.nextCursor().orElse(null));
        return response;
    }

    @Override
    public GetSentResponse getSent(GetSent request) throws HubFault {
        var caller = SoapCallers.agency(context);
        GetSentResponse response = new GetSentResponse();
        response.setDocument(SoapFaults.answer(() -> ExchangeMessages.sent(
                sent.get(caller, new HubDocumentId(request.getDocumentId())))));
        return response;
    }

    @Override
    public SendStatusResponse sendStatus(SendStatus request) throws HubFault {
        var caller = SoapCallers.agency(context);
        DataHandler attachment = required(request.getPackage());
        StatusReceipt receipt = SoapFaults.answer(() -> read(attachment, body -> statuses.submit(caller, body)));
        SendStatusResponse response = new SendStatusResponse();
        response.setStatusId(receipt.statusId().value());
        response.setDocumentId(receipt.documentId().value());
        response.setStatusCode(receipt.statusCode());
        response.setReceivedAt(SoapTimes.of(receipt.receivedAt()));
        response.setSignature(ExchangeMessages.signature(receipt.signature()));
        return response;
    }

    /** Several packages in one answer: named ones, or the next waiting ones (docs/api.md, "Batch calls"). */
    @Override
    public GetPackagesResponse getPackages(GetPackages request) throws HubFault {
        var caller = SoapCallers.agency(context);
        List<PackageOpening> openings = SoapFaults.answer(() -> request.getDocumentId().isEmpty()
                ? inbox.openWaiting(caller, BatchSize.limit(request.getLimit()))
                : inbox.openAll(caller, request.getDocumentId().stream().map(HubDocumentId::new).toList()));
        GetPackagesResponse response = new GetPackagesResponse();
        openings.forEach(opening -> response.getItem().add(BatchMessages.packageItem(opening)));
        return response;
    }

    @Override
    public ConfirmFetchedManyResponse confirmFetchedMany(ConfirmFetchedMany request) throws HubFault {
        var caller = SoapCallers.agency(context);
        ConfirmFetchedManyResponse response = new ConfirmFetchedManyResponse();
        SoapFaults.answer(() -> inbox.acknowledgeAll(caller, request.getConfirmation().stream()
                        .map(c -> new Acknowledgement(new HubDocumentId(c.getDocumentId()), outcome(c.getResult()),
                                c.getReason())).toList()))
                .forEach(result -> response.getItem().add(BatchMessages.confirmation(result)));
        return response;
    }

    @Override
    public SendStatusesResponse sendStatuses(SendStatuses request) throws HubFault {
        var caller = SoapCallers.agency(context);
        List<InputStream> bodies = new ArrayList<>();
        for (DataHandler attachment : request.getPackage()) {
            bodies.add(open(required(attachment)));
        }
        List<StatusOutcome> outcomes = SoapFaults.answer(() -> statuses.submitAll(caller, bodies));
        SendStatusesResponse response = new SendStatusesResponse();
        for (int i = 0; i < outcomes.size(); i++) {
            response.getItem().add(BatchMessages.status(i, outcomes.get(i)));
        }
        return response;
    }

    private static FetchOutcome outcome(ConfirmFetched request) {
        return outcome(request.getResult());
    }

    private static FetchOutcome outcome(FetchResult result) {
        if (result == null) {
            throw new InvalidRequestException("result", "result is required: done or failed",
                    "cần trường result: done hoặc failed");
        }
        return FetchOutcome.valueOf(result.name());
    }

    private static InputStream open(DataHandler attachment) {
        try {
            return attachment.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a status package attachment", e);
        }
    }

    private static DataHandler required(DataHandler attachment) throws HubFault {
        if (attachment == null) {
            throw SoapFaults.of("INVALID_REQUEST", "package is required: the edXML as an attachment",
                    "cần phần tử package: gói tin edXML dạng đính kèm", "package");
        }
        return attachment;
    }

    private static <T> T read(DataHandler attachment, Function<InputStream, T> use) {
        try (InputStream body = attachment.getInputStream()) {
            return use.apply(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the package attachment", e);
        }
    }
}
