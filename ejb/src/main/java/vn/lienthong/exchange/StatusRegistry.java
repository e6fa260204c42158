package vn.lienthong.exchange;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.exchange.edxml.StatusPackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records a status report and its package in one transaction. */
@Stateless
public class StatusRegistry {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    PackageStore packages;

    @Inject
    Clock clock;

    @Inject
    Event<StatusRecorded> recorded;

    public StatusReceipt record(AgencyCode reporter, StatusPackage status, SpooledPackage spooled) {
        HubDocumentId documentId = documentConcerned(reporter, status);
        Instant now = clock.instant();
        HubDocumentId statusId = HubDocumentId.next(clock);
        StatusReport report = new StatusReport(statusId, documentId, reporter, status.statusCode(), status.description(),
                status.staffInfo() == null ? null : bounded(status.staffInfo().department()),
                status.staffInfo() == null ? null : bounded(status.staffInfo().staff()),
                status.timestamp(), now, spooled.sha256Hex());
        em.persist(report);
        try (InputStream bytes = spooled.open()) {
            packages.store(statusId.value(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded.fire(new StatusRecorded(documentId, reporter, status.statusCode(), status.description(),
                status.staffInfo() == null ? null : status.staffInfo().staff()));
        return new StatusReceipt(statusId, documentId, status.statusCode(), now);
    }

    /**
     * The document a status is about: sent by {@code ResponseFor/OrganId} under edXML id
     * {@code ResponseFor/DocumentId}, and received by the reporter. When a sender reused an edXML id,
     * the newest such document the reporter received is meant.
     */
    private HubDocumentId documentConcerned(AgencyCode reporter, StatusPackage status) {
        String sender = AgencyCode.of(status.responseFor().organId()).value();
        String edxmlId = status.responseFor().documentId();
        List<String> received = em.createQuery("select doc.id from Document doc, Delivery d "
                        + "where doc.senderCode = :sender and doc.edxmlDocumentId = :edxmlId "
                        + "and d.documentId = doc.id and d.recipientCode = :reporter order by doc.id desc", String.class)
                .setParameter("sender", sender)
                .setParameter("edxmlId", edxmlId)
                .setParameter("reporter", reporter.value())
                .setMaxResults(1)
                .getResultList();
        if (!received.isEmpty()) {
            return new HubDocumentId(received.get(0));
        }
        long sent = em.createQuery("select count(doc) from Document doc where doc.senderCode = :sender "
                        + "and doc.edxmlDocumentId = :edxmlId", Long.class)
                .setParameter("sender", sender)
                .setParameter("edxmlId", edxmlId)
                .getSingleResult();
        if (sent == 0) {
            throw new UnknownDocumentException(edxmlId, "Status/ResponseFor/DocumentId");
        }
        throw new NotYoursException(edxmlId, "Status/ResponseFor/DocumentId");
    }

    private static String bounded(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }
}
