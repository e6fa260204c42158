package vn.lienthong.it.container;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.outbox.Claimed;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.procedure.catalogue.ProcedureCatalogue;
import vn.lienthong.procedure.catalogue.ProcedureJsonFormat;
import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Channel;
import vn.lienthong.procedure.dossier.DossierService;
import vn.lienthong.procedure.dossier.IntakeRequest;
import vn.lienthong.procedure.portal.PortalSender;

import java.io.File;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lease rule of the outbox (platform.outbox.Lease) on the real database, as two servers' relays meet it:
 * one claim per item, and a holder whose lease ran out and was taken over records nothing. The
 * portal queue is not sent by this server (no portal URL), so the test plays both relays itself on
 * the dossier changes it queues.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
class QueueLeasesIT {

    private static final AgencyCode LAND_OFFICE = AgencyCode.of("000.00.10.H20");

    @Deployment
    static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "lienthong-web.war");
        web.addClass(QueueLeasesIT.class);
        web.addAsWebInfResource(new StringAsset("""
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0"><context-root uri="/"/></web-ext>
                """), "ibm-web-ext.xml");
        return ear;
    }

    @EJB
    DossierService dossiers;

    @EJB
    ProcedureCatalogue catalogue;

    @EJB
    OutboxService outbox;

    /**
     * Server A claims a change and its portal is slower than the lease; server B takes the change over
     * and sends it. A's late answer, success or failure, must not be recorded: the change is sent
     * once, by B's record.
     */
    @Test
    void aServerWhoseLeaseRanOutAndWasTakenOverRecordsNothing() throws InterruptedException {
        String code = intake(defineProcedure());
        long change = changeOne(code);
        Claimed<QueuedItem> a = outbox.claim(change, Duration.ofMillis(300)).orElseThrow();
        assertTrue(outbox.claim(change, Duration.ofMinutes(1)).isEmpty(), "B cannot claim while A's lease runs");

        Thread.sleep(400);
        Claimed<QueuedItem> b = outbox.claim(change, Duration.ofMinutes(1)).orElseThrow();

        assertFalse(outbox.sent(change, a.token()), "A's late success");
        assertEquals(Optional.empty(), outbox.failed(change, "HTTP 500 (late)", Backoff.parse("30s"), a.token()),
                "A's late failure");
        QueuedItem untouched = outbox.items(PortalSender.QUEUE, code).get(0);
        assertEquals(OutboxState.PENDING, untouched.state());
        assertEquals(0, untouched.attempts());

        assertTrue(outbox.sent(change, b.token()));
        QueuedItem sent = outbox.items(PortalSender.QUEUE, code).get(0);
        assertEquals(OutboxState.SENT, sent.state());
        assertEquals(1, sent.attempts());
    }

    /** Two relays claim the same due changes at the same moment: each change goes to exactly one. */
    @Test
    void twoRelaysClaimingTogetherNeverBothGetAChange() throws Exception {
        String procedure = defineProcedure();
        List<Long> changes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            changes.add(changeOne(intake(procedure)));
        }

        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Set<Long>>> claimed = new ArrayList<>();
            for (int relay = 0; relay < 2; relay++) {
                Callable<Set<Long>> round = () -> {
                    List<Long> order = new ArrayList<>(changes);
                    Collections.shuffle(order);
                    Set<Long> mine = new HashSet<>();
                    start.await();
                    for (long key : order) {
                        ConcurrentUpdates.unlessLostRace(() -> outbox.claim(key, Duration.ofMinutes(1))).ifPresent(c -> mine.add(key));
                    }
                    return mine;
                };
                claimed.add(relays.submit(round));
            }
            start.countDown();
            Set<Long> first = claimed.get(0).get();
            Set<Long> second = claimed.get(1).get();

            Set<Long> both = new HashSet<>(first);
            both.retainAll(second);
            assertTrue(both.isEmpty(), "claimed by both relays: " + both.size());
            Set<Long> either = new HashSet<>(first);
            either.addAll(second);
            assertEquals(new HashSet<>(changes), either, "every change claimed by one of them");
        } finally {
            relays.shutdownNow();
        }
    }

    /** The queued item of a dossier's first change (its intake). */
    private long changeOne(String code) {
        return outbox.find(PortalSender.QUEUE, code, 1).orElseThrow().id();
    }

    private String intake(String procedure) {
        return dossiers.intake(LAND_OFFICE, new IntakeRequest(procedure, Channel.IN_PERSON,
                new Applicant("Trần Thị Bình", null, null, null, "0912345678"), "Thử nghiệm hàng đợi", List.of(),
                "Nguyễn Văn An"), "test").code();
    }

    private String defineProcedure() {
        String code = "T." + UUID.randomUUID().toString().substring(0, 8);
        catalogue.define(ProcedureJsonFormat.read(jakarta.json.Json.createReader(new StringReader("""
                {"code": "%s", "name": "Thủ tục thử nghiệm hàng đợi", "fieldCode": "TN", "fieldName": "Thử nghiệm",
                 "handlingAgencies": ["%s"], "papers": [], "fees": [],
                 "processingTime": {"amount": 2, "unit": "WORKING_DAYS"},
                 "pauseAllowed": false, "pauseEffect": "EXTEND", "extensionAllowed": false,
                 "steps": [{"name": "Giải quyết"}]}
                """.formatted(code, LAND_OFFICE.value()))).readObject()), "test");
        return code;
    }
}
