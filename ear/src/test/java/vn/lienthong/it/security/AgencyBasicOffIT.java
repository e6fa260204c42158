package vn.lienthong.it.security;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.it.soap.v1.InboxItem;
import vn.lienthong.it.soap.v1.ListInbox;
import vn.lienthong.it.soap.v1.Receipt;
import vn.lienthong.it.soap.v1.SendPackage;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.SoapHub;
import vn.lienthong.it.support.TestPki;

import javax.net.ssl.SSLContext;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.SoapFaults.httpRefusalOf;

/**
 * With {@code lienthong.auth.agency-basic=false} (the Arquillian server's configuration,
 * ear/src/test/liberty/arquillian/agency-basic-off.xml) an agency's secret no longer signs it in,
 * over REST or SOAP, while its registered client certificate still does and administrators keep
 * their Basic sign-in. Runs against the real built EAR on that server, as a black box.
 */
@Tag("in-container") // needs the Arquillian-managed server: only it runs with agency Basic turned off
@ExtendWith(ArquillianExtension.class)
class AgencyBasicOffIT {

    private static final String SERVER = System.getProperty("arquillian.server.name", "lienthong-arquillian");
    private static final String BASE = "http://localhost:" + System.getProperty("arquillian.http.port", "9280");
    private static final String HTTPS = "https://localhost:" + System.getProperty("arquillian.https.port", "9643");
    private static final String AGENCY = "000.00.09.H41";
    private static final String SENDER = "000.00.10.H41";

    private final AgencyClient admin = Hub.adminAt(BASE);
    private String fingerprint;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("arquillian.ear", "target/lienthong.ear")));
        // The Liberty container adapter does not read the context root from application.xml here.
        ear.getAsType(WebArchive.class, "lienthong-web.war").addAsWebInfResource(new StringAsset("""
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0"><context-root uri="/"/></web-ext>
                """), "ibm-web-ext.xml");
        return ear;
    }

    @AfterEach
    void unregister() {
        if (fingerprint != null) {
            admin.delete("/api/v1/admin/agencies/" + AGENCY + "/certificates/" + fingerprint);
        }
    }

    @Test
    void anAgencysSecretNoLongerSignsItInOverRestOrSoapButAnAdministratorsPasswordDoes() {
        HubResponse rest = Hub.at(BASE, AGENCY).get("/api/v1/inbox");
        assertThat(rest.status()).isEqualTo(401);
        assertThat(rest.problemCode()).isEqualTo("INVALID_CREDENTIALS");

        assertThat(httpRefusalOf(() -> SoapHub.exchange(BASE, AGENCY, Hub.SAMPLE_SECRET).listInbox(new ListInbox())))
                .isEqualTo(401);

        assertThat(admin.get("/api/v1/admin/push/dead-letters").status()).as("administrators still sign in").isEqualTo(200);
    }

    @Test
    void aRegisteredClientCertificateStillSignsTheAgencyInOverRestAndSoap() throws Exception {
        HubResponse registered = admin.postJson("/api/v1/admin/agencies/" + AGENCY + "/certificates",
                Json.createObjectBuilder().add("certificate", TestPki.certificatePem("registered")).build().toString());
        assertThat(registered.status()).as("registration answered %s", registered).isEqualTo(201);
        fingerprint = registered.json().getString("fingerprint");
        SSLContext tls = TestPki.clientOf("registered", SERVER);

        HttpClient https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> inbox = https.send(HttpRequest.newBuilder(URI.create(HTTPS + "/api/v1/inbox")).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(inbox.statusCode()).as("REST inbox over mutual TLS answered %s", inbox.body()).isEqualTo(200);

        SendPackage send = new SendPackage();
        send.setPackage(SoapHub.attachment(Packages.document(AGENCY, SENDER).xml().getBytes(StandardCharsets.UTF_8)));
        Receipt receipt = SoapHub.exchangeWithCertificate(BASE, HTTPS, tls).sendPackage(send).getReceipt();
        assertThat(receipt.getSender()).as("the certificate's agency is the sender").isEqualTo(AGENCY);

        ListInbox list = new ListInbox();
        list.setIncludeFetched(true);
        assertThat(SoapHub.exchangeWithCertificate(BASE, HTTPS, tls).listInbox(list).getItem())
                .extracting(InboxItem::getDocumentId).doesNotContain(receipt.getDocumentId());
    }
}
