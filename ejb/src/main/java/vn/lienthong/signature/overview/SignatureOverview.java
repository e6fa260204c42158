package vn.lienthong.signature.overview;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.credential.AgencyCertificates;
import vn.lienthong.signature.SignatureSettings;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.signature.revocation.RevocationSources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signature set-up for the console's signatures page. */
@Stateless
public class SignatureOverview {

    private static final Logger LOG = Logger.getLogger(SignatureOverview.class.getName());

    @Inject
    SignatureSettings settings;

    @EJB
    HubSigning hub;

    @Inject
    AgencyCertificates clientCertificates;

    @Inject
    Clock clock;

    public List<CertificateView> trustAnchors() {
        return settings.anchors().certificates().stream().map(c -> view("TRUST_ANCHOR", null, c))
                .sorted(Comparator.comparing(CertificateView::notAfter)).toList();
    }

    /** The configured OCSP responders and CRL addresses, then every CRL file of the CRL directory. */
    public List<RevocationSourceView> revocationSources() {
        RevocationSources sources = settings.revocation().sources();
        List<RevocationSourceView> views = new ArrayList<>();
        sources.ocspResponders().forEach(p -> views.add(new RevocationSourceView("OCSP", p.authority().toString(),
                p.url().toString(), null, null)));
        sources.crlUrls().forEach(p -> views.add(new RevocationSourceView("CRL_URL", p.authority().toString(),
                p.url().toString(), null, null)));
        sources.crlDirectory().ifPresent(directory -> views.addAll(crlFiles(directory)));
        return views;
    }

    /** Certificates that end within {@code within} from now (or already ended), soonest first. */
    public List<CertificateView> expiringWithin(Duration within) {
        Instant before = clock.instant().plus(within);
        List<CertificateView> expiring = new ArrayList<>();
        X509Certificate hubCertificate = hub.certificate();
        if (hubCertificate.getNotAfter().toInstant().isBefore(before)) {
            expiring.add(view("HUB_KEY", null, hubCertificate));
        }
        trustAnchors().stream().filter(c -> c.notAfter().isBefore(before)).forEach(expiring::add);
        clientCertificates.expiringBy(before, 1000).forEach(c -> expiring.add(new CertificateView("CLIENT_CERTIFICATE",
                c.agency().value(), c.subject(), c.issuer(), c.notAfter())));
        expiring.sort(Comparator.comparing(CertificateView::notAfter));
        return expiring;
    }

    private static List<RevocationSourceView> crlFiles(Path directory) {
        List<RevocationSourceView> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : entries) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    X509CRL crl = (X509CRL) factory.generateCRL(in);
                    files.add(new RevocationSourceView("CRL_FILE", crl.getIssuerX500Principal().getName(), file.getFileName().toString(),
                            crl.getThisUpdate().toInstant(), crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant()));
                } catch (GeneralSecurityException | IOException | ClassCastException e) {
                    // Listed as unreadable rather than left out: the operator must see a file the checker cannot use.
                    files.add(new RevocationSourceView("CRL_FILE_UNREADABLE", null, file.getFileName().toString(), null, null));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "The CRL directory {0} cannot be listed: {1}", new Object[]{directory, e.getMessage()});
            files.add(new RevocationSourceView("CRL_DIRECTORY_UNREADABLE", null, directory.toString(), null, null));
        }
        files.sort(Comparator.comparing(RevocationSourceView::location));
        return files;
    }

    private static CertificateView view(String role, String owner, X509Certificate c) {
        return new CertificateView(role, owner, c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                c.getNotAfter().toInstant());
    }
}
