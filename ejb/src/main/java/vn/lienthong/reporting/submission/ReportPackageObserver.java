package vn.lienthong.reporting.submission;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import vn.lienthong.exchange.submission.DocumentAccepted;
import vn.lienthong.exchange.edxml.AttachmentInfo;
import vn.lienthong.exchange.edxml.BusinessType;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.signature.verification.SignatureOutcome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A report is an official document: an agency may send it through the axis as a document package
 * addressed to its recipient, the figures in an attachment named {@code *.report.json} (a
 * {@link ReportDataMessage}). The submission is taken in the transaction that accepts the package,
 * so a report the regime refuses refuses the package, with the same problem document as over REST.
 */
@ApplicationScoped
public class ReportPackageObserver {

    static final String SUFFIX = ".report.json";
    static final int MAX_ATTACHMENT = 8 * 1024 * 1024;

    @EJB
    ReportSubmissionService submissions;

    @Inject
    EdxmlLimits limits;

    void onAccepted(@Observes DocumentAccepted accepted) {
        if (accepted.document().businessType() == BusinessType.REVOKE) {
            return;
        }
        List<AttachmentInfo> attachments = accepted.document().attachments();
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentInfo attachment = attachments.get(i);
            String name = attachment.attachmentName() == null ? "" : attachment.attachmentName().toLowerCase(Locale.ROOT);
            if (name.endsWith(SUFFIX)) {
                submit(accepted, attachment, read(accepted, i, attachment));
            }
        }
    }

    private void submit(DocumentAccepted accepted, AttachmentInfo attachment, byte[] bytes) {
        String element = "attachment/" + attachment.attachmentName();
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ReportInvalidException(List.of(new ReportProblem(element, "not a JSON object: " + e.getMessage(),
                    "không phải đối tượng JSON: " + e.getMessage())));
        }
        ReportDataMessage message = ReportDataMessage.read(json, element);
        if (message.agency().filter(a -> !a.equals(accepted.sender())).isPresent()) {
            throw new ReportInvalidException(List.of(new ReportProblem(element + "/agency",
                    "the report is of " + message.agency().get() + " but the package comes from " + accepted.sender(),
                    "báo cáo của " + message.agency().get() + " nhưng gói tin do " + accepted.sender() + " gửi")));
        }
        boolean valid = accepted.verdict().outcome() == SignatureOutcome.VALID;
        submissions.submit(Caller.agency(accepted.sender()), message.regime(), message.period(), message.body(),
                SubmissionSource.axis(accepted.documentId().value(), valid, accepted.recipients()));
    }

    /** The attachment's decoded bytes, read again from the stored package. */
    private byte[] read(DocumentAccepted accepted, int index, AttachmentInfo attachment) {
        if (attachment.decodedBytes() > MAX_ATTACHMENT) {
            throw new ReportInvalidException(List.of(new ReportProblem("attachment/" + attachment.attachmentName(),
                    "a report attachment is at most " + MAX_ATTACHMENT / (1024 * 1024) + " MiB",
                    "tệp số liệu báo cáo tối đa " + MAX_ATTACHMENT / (1024 * 1024) + " MiB")));
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (InputStream in = accepted.bytes().get()) {
            new EdxmlReader(limits).read(in, i -> i == index ? captured : OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return captured.toByteArray();
    }

}
