package vn.lienthong.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlDates;
import vn.lienthong.exchange.edxml.MessageHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records an accepted document in one transaction: the document row, one delivery per recipient,
 * the original bytes, and one delivery message per recipient. If any part fails, none happened.
 */
@Stateless
public class DocumentRegistry {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    PackageStore packages;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    Clock clock;

    public SubmissionReceipt register(AgencyCode sender, DocumentPackage pkg, List<AgencyCode> recipients,
                                      SpooledPackage spooled) {
        Instant now = clock.instant();
        HubDocumentId id = HubDocumentId.next(clock);
        MessageHeader header = pkg.header();
        String edxmlDocumentId = header.documentId() != null ? header.documentId() : derivedDocumentId(sender, header);
        Document document = new Document(id, sender, edxmlDocumentId,
                header.code() == null ? null : header.code().number(),
                header.code() == null ? null : header.code().notation(),
                header.subject(), pkg.businessType(),
                header.promulgation() == null ? null : header.promulgation().date(),
                pkg.signed(), pkg.attachments().size(), spooled.size(), spooled.sha256Hex(), now);
        em.persist(document);
        // The deliveries reference the document, and EclipseLink does not order inserts of unrelated entities.
        em.flush();
        for (AgencyCode recipient : recipients) {
            em.persist(new Delivery(id, recipient, now));
        }
        try (InputStream bytes = spooled.open()) {
            packages.store(id.value(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dispatcher.dispatch(id, recipients);
        return new SubmissionReceipt(id, edxmlDocumentId, sender, recipients, spooled.size(), spooled.sha256Hex(), now);
    }

    /** The DocumentId the format defines, {@code {sender},{yyyy/MM/dd},{number}/{notation}}, when the sender left it out. */
    static String derivedDocumentId(AgencyCode sender, MessageHeader header) {
        String date = header.promulgation() == null || header.promulgation().date() == null ? ""
                : EdxmlDates.DATE.format(header.promulgation().date());
        String code = header.code() == null ? "" : header.code().display();
        return sender.value() + "," + date + "," + code;
    }
}
