package vn.lienthong.signature.policy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.SampleDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sample agencies of the development set-up send unsigned packages, so while the sample
 * directory is on ({@code lienthong.sample.directory=true}) each of them that has no signature policy
 * of its own gets {@code lienthong.signature.sample-policy} (ACCEPT_UNSIGNED by default) as its own.
 * That is the only way an agency becomes ACCEPT_UNSIGNED without an administrator saying so: every
 * other agency, including each one an administrator adds later, falls back to
 * {@code lienthong.signature.default-policy}, which the server refuses to start with when it is
 * ACCEPT_UNSIGNED.
 */
@Singleton
@Startup
@DependsOn("SampleDirectory")
public class SampleSignaturePolicies {

    private static final Logger LOG = Logger.getLogger(SampleSignaturePolicies.class.getName());
    static final String ACTOR = "sample directory";

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean sampleDirectory;

    @Inject
    @ConfigProperty(name = "lienthong.signature.sample-policy", defaultValue = "ACCEPT_UNSIGNED")
    String samplePolicy;

    @PostConstruct
    void giveSampleAgenciesTheirPolicy() {
        if (!sampleDirectory) {
            return;
        }
        PolicyMode mode = PolicyMode.valueOf(samplePolicy.strip().toUpperCase(Locale.ROOT));
        Instant now = clock.instant();
        int given = 0;
        for (AgencyCode code : SampleDirectory.codes()) {
            if (em.find(Agency.class, code.value()) == null || em.find(AgencySignaturePolicy.class, code.value()) != null) {
                continue; // not loaded here, or a policy of its own already (perhaps an administrator's)
            }
            AgencySignaturePolicy policy = new AgencySignaturePolicy(code);
            policy.set(mode, false, null, now, ACTOR);
            em.persist(policy);
            given++;
        }
        if (given > 0) {
            LOG.log(Level.WARNING, "Gave {0} sample agencies the signature policy {1} of their own "
                    + "(lienthong.signature.sample-policy): development only. Agencies added later get "
                    + "lienthong.signature.default-policy.", new Object[]{given, mode});
        }
    }
}
