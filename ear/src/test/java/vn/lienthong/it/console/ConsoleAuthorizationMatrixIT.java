package vn.lienthong.it.console;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages against every kind of caller, the sibling of RestAuthorizationMatrixIT:
 * administrators are served; anonymous callers are sent to the sign-in page and shown nothing;
 * agencies are refused 403, whether they ask with GET or POST. Every page the console's
 * navigation links to must be a row here (ConsoleBrowserIT checks the navigation against
 * {@link #PAGES}).
 */
class ConsoleAuthorizationMatrixIT {

    /** Every console page, as the navigation links to it. */
    static final List<String> PAGES = List.of("/console/index.xhtml", "/console/directory.xhtml", "/console/messages.xhtml",
            "/console/queues.xhtml", "/console/signatures.xhtml", "/console/dossiers.xhtml", "/console/reports.xhtml",
            "/console/alerts.xhtml", "/console/audit.xhtml");

    private final AgencyClient agency = Hub.as("000.00.00.G22");

    @Test
    void administratorsAreServedEveryPage() {
        for (String page : PAGES) {
            HubResponse answer = Hub.admin().get(page);
            assertThat(answer.status()).as("%s for an administrator", page).isEqualTo(200);
            assertThat(answer.text()).as(page).contains("<h1>");
        }
    }

    @Test
    void anonymousCallersAreSentToTheSignInPageAndShownNothing() {
        for (String page : PAGES) {
            HubResponse answer = Hub.anonymousGet(page);
            assertThat(answer.status()).as("%s for nobody", page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).endsWith("/console/sign-in.xhtml");
            assertThat(answer.text()).as(page).doesNotContain("<h1>");
        }
        HubResponse posted = Hub.send(HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/console/queues.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dead=dead&jakarta.faces.ViewState=1")));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith("/console/sign-in.xhtml");
    }

    @Test
    void agenciesAreRefusedEveryPageAndAction() {
        for (String page : PAGES) {
            assertThat(agency.get(page).status()).as("%s for an agency", page).isEqualTo(403);
            assertThat(agency.send("POST", page, "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=1")).status())
                    .as("POST %s for an agency", page).isEqualTo(403);
        }
    }

    @Test
    void theSignInPageIsOpenToEveryoneAndTheRootLeadsToTheConsole() {
        HubResponse signIn = Hub.anonymousGet("/console/sign-in.xhtml");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.text()).contains("type=\"password\"").contains("jakarta.faces.ViewState");
        HubResponse root = Hub.anonymousGet("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/console/");
    }
}
