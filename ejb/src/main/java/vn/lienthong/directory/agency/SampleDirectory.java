package vn.lienthong.directory.agency;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.lienthong.directory.change.DirectoryChangeKind;
import vn.lienthong.directory.change.DirectoryLog;
import vn.lienthong.directory.credential.AgencyCredential;
import vn.lienthong.directory.credential.SecretHasher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the sample directory (sample-directory.tsv: the Government Office, two ministries, two
 * provinces with departments, districts and communes) at the first start of the embedded default,
 * so a fresh checkout can carry a document between agencies at once. Every sample agency gets the
 * same throwaway secret, {@code lienthong.sample.secret}, meant for development only; production
 * (db-postgresql.xml) sets {@code lienthong.sample.directory=false}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class SampleDirectory {

    private static final Logger LOG = Logger.getLogger(SampleDirectory.class.getName());
    private static final String RESOURCE = "sample-directory.tsv";

    @Inject
    DirectoryLog log;

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.sample.directory", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lienthong.sample.secret", defaultValue = "lienthong-dev-secret")
    String sampleSecret;

    record Entry(AgencyCode code, AgencyCode parent, String name, boolean active) {
    }

    @PostConstruct
    void loadOnFirstStart() {
        long existing = agencies.count();
        if (existing > 0) {
            recordAgenciesWithoutEvents();
            return;
        }
        if (!enabled) {
            return;
        }
        List<Entry> entries = read();
        Instant now = clock.instant();
        String secretHash = SecretHasher.hash(sampleSecret.toCharArray());
        // Level by level, flushing in between: a parent row must exist before its children's, and
        // EclipseLink does not keep the persist order of rows of one table within a flush.
        for (int level = 1; level <= 4; level++) {
            for (Entry entry : entries) {
                if (entry.code().level() != level) {
                    continue;
                }
                Agency agency = new Agency(entry.code(), entry.name(), entry.parent(), now);
                if (!entry.active()) {
                    agency.deactivate(now);
                }
                em.persist(agency);
            }
            em.flush();
        }
        for (Entry entry : entries) {
            em.persist(new AgencyCredential(entry.code(), secretHash, now));
        }
        recordAgenciesWithoutEvents();
        LOG.log(Level.WARNING, "Loaded the SAMPLE directory ({0} agencies). Every sample agency signs in with the "
                + "development secret of server variable lienthong.sample.secret: for trying the hub out, never for production.",
                entries.size());
    }

    /**
     * Agencies that entered the directory before it kept a change log (or by this loader) get
     * their ADDED event, parents first, so "changes since 0" rebuilds the whole directory.
     */
    private void recordAgenciesWithoutEvents() {
        long previous = log.lock();
        List<Agency> unrecorded = agencies.withoutEvents();
        for (Agency agency : unrecorded) {
            log.record(DirectoryChangeKind.ADDED, agency, "lienthong", previous == 0 ? "initial directory" : "recorded at upgrade");
        }
    }

    /** The codes of the sample agencies (whether or not they are loaded). */
    public static List<AgencyCode> codes() {
        return read().stream().map(Entry::code).toList();
    }

    static List<Entry> read() {
        try (InputStream in = SampleDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                entries.add(new Entry(AgencyCode.of(columns[0]),
                        columns[1].isBlank() ? null : AgencyCode.of(columns[1]),
                        columns[2], "1".equals(columns[3].strip())));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
