package vn.lienthong.it.container;

import jakarta.annotation.Resource;
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
import vn.lienthong.exchange.push.PushEndpointRegistry;
import vn.lienthong.exchange.push.PushEndpointView;
import vn.lienthong.exchange.push.PushTarget;
import vn.lienthong.exchange.submission.SubmissionService;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Push endpoints on the server Arquillian runs, which allow-lists no internal address (unlike the
 * servers of the black-box tests, which allow 127.0.0.1): a secret is stored sealed, and an endpoint
 * already in the database that points at loopback (registered before the rule, or by a name that
 * now resolves there) is refused before every push, without a connection being made.
 */
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
class PushSecretsAndAddressesIT {

    @Deployment
    static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "lienthong-web.war");
        web.addClasses(PushSecretsAndAddressesIT.class, DeliveryTransactionsIT.Packages.class);
        web.addAsWebInfResource(new StringAsset("""
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0"><context-root uri="/"/></web-ext>
                """), "ibm-web-ext.xml");
        return ear;
    }

    @EJB
    PushEndpointRegistry registry;

    @EJB
    SubmissionService submissions;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    @Test
    void aPushSecretIsStoredSealedNeverInClear() throws SQLException {
        AgencyCode agency = AgencyCode.of("000.00.07.H41");
        try {
            PushEndpointView view = registry.register(agency, PushTarget.of("https://203.119.8.1/edoc/inbox", "van-thu",
                    "mật-khẩu-riêng-của-sở"));
            assertTrue(view.secretSet());

            String stored = single("SELECT auth_secret_sealed FROM push_endpoint WHERE agency_code = ?", agency.value());
            assertNotNull(stored);
            assertTrue(stored.startsWith("aesgcm1:"), stored);
            assertFalse(stored.contains("mật-khẩu"), "the secret is not in the database in clear");
        } finally {
            registry.remove(agency);
        }
    }

    @Test
    void anEndpointOnLoopbackIsRefusedBeforeThePushWithoutConnecting() throws Exception {
        AgencyCode sender = AgencyCode.of("000.00.00.G22");
        AgencyCode recipient = AgencyCode.of("000.00.08.H41");
        try (ServerSocket endpoint = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = listen(endpoint);
            insertEndpoint(recipient, "http://127.0.0.1:" + endpoint.getLocalPort() + "/edoc/inbox");
            try {
                String id = submissions.submit(sender, new ByteArrayInputStream(
                        DeliveryTransactionsIT.Packages.document(sender.value(), recipient.value())
                                .getBytes(StandardCharsets.UTF_8))).documentId().value();

                String error = awaitPushError(id, recipient);

                assertTrue(error.startsWith("Not pushed: host 127.0.0.1 resolves to 127.0.0.1"), error);
                assertTrue(error.contains("lienthong.push.allowed-hosts"), error);
                assertEquals(0, connections.get(), "the hub never connected to the refused endpoint");
            } finally {
                registry.remove(recipient);
            }
        }
    }

    /**
     * A secret sealed with another key (a server given the wrong key file) fails that push with the
     * reason, on its own schedule: it must not stop the pushes of every other agency.
     */
    @Test
    void aSecretThatCannotBeOpenedFailsThatPushAloneAndSaysWhy() throws Exception {
        AgencyCode sender = AgencyCode.of("000.00.00.G22");
        AgencyCode recipient = AgencyCode.of("000.00.09.H41");
        insertEndpoint(recipient, "https://203.119.8.1/edoc/inbox", "van-thu", "aesgcm1:0badc0de:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        try {
            String id = submissions.submit(sender, new ByteArrayInputStream(
                    DeliveryTransactionsIT.Packages.document(sender.value(), recipient.value())
                            .getBytes(StandardCharsets.UTF_8))).documentId().value();

            String error = awaitPushError(id, recipient);

            assertTrue(error.contains("cannot be opened") && error.contains("0badc0de"), error);
        } finally {
            registry.remove(recipient);
        }
    }

    /** As a row registered before addresses were checked: written directly, bypassing registration. */
    private void insertEndpoint(AgencyCode agency, String url) throws SQLException {
        insertEndpoint(agency, url, null, null);
    }

    private void insertEndpoint(AgencyCode agency, String url, String user, String sealedSecret) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO push_endpoint (agency_code, url, auth_user, "
                     + "auth_secret_sealed, registered_at, updated_at, version_no) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            s.setString(1, agency.value());
            s.setString(2, url);
            s.setString(3, user);
            s.setString(4, sealedSecret);
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private String awaitPushError(String documentId, AgencyCode recipient) throws Exception {
        for (int i = 0; i < 600; i++) {
            // The push's item in the outbox's queue push: key the recipient, number the delivery.
            String error = single("SELECT i.last_error FROM outbox_item i, delivery d WHERE i.queue_name = 'push' "
                    + "AND i.ordering_key = d.recipient_code AND i.seq = d.id AND d.document_id = ? AND d.recipient_code = ?",
                    documentId, recipient.value());
            if (error != null) {
                return error;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no push attempt on " + documentId + " within 60 s");
    }

    private String single(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static AtomicInteger listen(ServerSocket endpoint) {
        AtomicInteger connections = new AtomicInteger();
        Thread accepting = new Thread(() -> {
            try {
                endpoint.setSoTimeout(200);
                while (!endpoint.isClosed()) {
                    try (Socket ignored = endpoint.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening until the test closes the socket
                    }
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        }, "refused-push-endpoint");
        accepting.setDaemon(true);
        accepting.start();
        return connections;
    }
}
