package vn.lienthong.exchange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.directory.Agency;
import vn.lienthong.directory.AgencyCode;
import vn.lienthong.directory.DirectoryService;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlPackage;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.exchange.edxml.Organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepts a document package from a sender: reads and checks it outside any transaction (a large
 * upload must not hold one open), then registers it in one transaction with its deliveries.
 * A package is refused whole or accepted whole; a refusal stores nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionService {

    @Inject
    PackageSpooler spooler;

    @Inject
    EdxmlLimits limits;

    @EJB
    DirectoryService directory;

    @EJB
    DocumentRegistry registry;

    public SubmissionReceipt submit(AgencyCode sender, InputStream body) {
        try (SpooledPackage spooled = spooler.spool(body)) {
            DocumentPackage document = readDocument(spooled);
            checkSender(sender, document.header().from(), "MessageHeader/From/OrganId");
            List<AgencyCode> recipients = checkRecipients(document.header().to());
            return registry.register(sender, document, recipients, spooled);
        }
    }

    private DocumentPackage readDocument(SpooledPackage spooled) {
        EdxmlPackage pkg;
        try (InputStream in = spooled.open()) {
            pkg = new EdxmlReader(limits).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pkg instanceof DocumentPackage document) {
            return document;
        }
        throw new WrongPackageKindException(true);
    }

    static void checkSender(AgencyCode authenticated, Organization from, String element) {
        AgencyCode claimed = AgencyCode.of(from.organId());
        if (!claimed.equals(authenticated)) {
            throw new SenderMismatchException(authenticated, from.organId(), element);
        }
    }

    /** Each {@code To} must name an active agency; a repeated recipient gets the document once. */
    private List<AgencyCode> checkRecipients(List<Organization> to) {
        Set<AgencyCode> recipients = new LinkedHashSet<>();
        for (Organization o : to) {
            recipients.add(AgencyCode.of(o.organId()));
        }
        Map<AgencyCode, Agency> known = directory.findAgencies(recipients);
        int index = 0;
        for (Organization o : to) {
            index++;
            AgencyCode code = AgencyCode.of(o.organId());
            String element = "MessageHeader/To[" + index + "]/OrganId";
            Agency agency = known.get(code);
            if (agency == null) {
                throw new UnknownRecipientException(code, element);
            }
            if (!agency.isActive()) {
                throw new InactiveRecipientException(code, element);
            }
        }
        return new ArrayList<>(recipients);
    }
}
