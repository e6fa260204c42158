package vn.lienthong.alert.condition;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.directory.credential.AgencyCertificateView;
import vn.lienthong.directory.credential.AgencyCertificates;
import vn.lienthong.platform.health.TlsKeystore;
import vn.lienthong.signature.SignatureSettings;
import vn.lienthong.signature.hubkey.HubSigning;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Days until the first of the hub's certificates ends: the hub's signing key, the server's TLS key,
 * the signature trust anchors (the root certificates agencies' signatures are checked against: when one
 * ends, every package signed under it is refused), and the client certificates registered to agencies. The value is the fewest days left; the detail
 * names every certificate within the threshold, soonest first.
 */
@ApplicationScoped
public class CertificateExpiry implements Condition {

    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class.getName());

    /** Agency certificates named in one alert at most; the count says how many more. */
    static final int LISTED = 20;
    /** A hundred years: a threshold beyond it lists the agency certificates ending within it. */
    static final long HORIZON_DAYS = 36_500;

    @EJB
    AgencyCertificates agencyCertificates;

    @EJB
    HubSigning hubSigning;

    @Inject
    TlsKeystore tlsKeystore;

    @Inject
    SignatureSettings signatureSettings;

    private volatile String lastTlsProblem;

    @Inject
    Clock clock;

    /** One certificate that ends: what it is in both languages, and when. */
    record Ending(String whatEn, String whatVi, Instant notAfter) {
    }

    @Override
    public AlertKind kind() {
        return AlertKind.CERTIFICATE_EXPIRY;
    }

    @Override
    public Observation observe(long threshold) {
        Instant now = clock.instant();
        List<Ending> endings = new ArrayList<>();
        endings.add(new Ending("hub signing key " + hubSigning.certificate().getSubjectX500Principal().getName(),
                "khóa ký của trục " + hubSigning.certificate().getSubjectX500Principal().getName(),
                hubSigning.certificate().getNotAfter().toInstant()));
        tlsKeyCertificates().forEach(c -> endings.add(new Ending("TLS key " + c.getSubjectX500Principal().getName(),
                "khóa TLS " + c.getSubjectX500Principal().getName(), c.getNotAfter().toInstant())));
        signatureSettings.anchors().certificates().forEach(c -> endings.add(new Ending(
                "signature trust anchor " + c.getSubjectX500Principal().getName(),
                "chứng thư gốc tin cậy để kiểm tra chữ ký " + c.getSubjectX500Principal().getName(), c.getNotAfter().toInstant())));
        // The horizon stays within what every database's timestamps hold (Derby's end at year 9999).
        Instant horizon = now.plus(Duration.ofDays(Math.min(threshold + 1, HORIZON_DAYS)));
        for (AgencyCertificateView c : agencyCertificates.expiringBy(horizon, LISTED)) {
            endings.add(new Ending("client certificate of " + c.agency().value() + " " + c.subject(),
                    "chứng thư số máy khách của " + c.agency().value() + " " + c.subject(), c.notAfter()));
        }
        return observation(endings, threshold, now);
    }

    /**
     * The TLS key's certificates; none while Liberty has not made the keystore yet (first start) or
     * when it cannot be read, said once per new problem (the readiness check reports it too).
     */
    private List<X509Certificate> tlsKeyCertificates() {
        if (!tlsKeystore.exists()) {
            return List.of();
        }
        try {
            List<X509Certificate> certificates = tlsKeystore.keyCertificates();
            lastTlsProblem = null;
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            String problem = tlsKeystore.file() + ": " + e;
            if (!problem.equals(lastTlsProblem)) {
                lastTlsProblem = problem;
                LOG.log(Level.WARNING, "The TLS keystore cannot be read to watch its expiry: {0}", problem);
            }
            return List.of();
        }
    }

    Observation observation(List<Ending> endings, long threshold, Instant now) {
        if (endings.isEmpty()) {
            return new Observation(kind(), Optional.empty(), "No certificate to watch", "Không có chứng thư số nào để theo dõi");
        }
        List<Ending> soonest = endings.stream().sorted(Comparator.comparing(Ending::notAfter)).toList();
        long fewest = daysLeft(soonest.get(0).notAfter(), now);
        List<Ending> within = soonest.stream().filter(e -> daysLeft(e.notAfter(), now) <= threshold).toList();
        if (within.isEmpty()) {
            return Observation.of(kind(), fewest, "No certificate expires within " + threshold + " days (the first in "
                    + fewest + ")", "Không có chứng thư số nào hết hạn trong " + threshold + " ngày (sớm nhất còn " + fewest + " ngày)");
        }
        String en = String.join("; ", within.stream().map(e -> e.whatEn() + " expires " + e.notAfter() + " ("
                + daysLeft(e.notAfter(), now) + " days)").toList());
        String vi = String.join("; ", within.stream().map(e -> e.whatVi() + " hết hạn " + e.notAfter() + " (còn "
                + daysLeft(e.notAfter(), now) + " ngày)").toList());
        return Observation.of(kind(), fewest, within.size() + " certificate(s) expire within " + threshold + " days: " + en,
                within.size() + " chứng thư số hết hạn trong " + threshold + " ngày: " + vi);
    }

    /** Whole days left, counted down; an expired certificate has 0 or fewer. */
    static long daysLeft(Instant notAfter, Instant now) {
        return Math.floorDiv(Duration.between(now, notAfter).toSeconds(), 86_400L);
    }
}
