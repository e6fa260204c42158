package vn.lienthong.it.push;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.PushReceiver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push delivery against a real endpoint on loopback. The servers of the build push every second
 * and retry twice, one second apart (bootstrap properties in ear/pom.xml), so a push dies after
 * three attempts within seconds.
 */
class PushDeliveryIT {

    private final AgencyClient sender = Hub.as("000.00.35.H41");
    private final AgencyClient recipient = Hub.as("000.00.33.H41");
    private final PushReceiver endpoint = new PushReceiver();

    @AfterEach
    void stopPushing() {
        recipient.delete("/api/v1/push-endpoint");
        endpoint.close();
    }

    @Test
    void eachPackageIsPushedOnceByteForByteWithTheAgencysOwnCredentials() {
        register(recipient, endpoint.url(), "van-thu-so-tc", "mật-khẩu-riêng");
        JsonObject shown = recipient.get("/api/v1/push-endpoint").json();
        assertThat(shown.getString("url")).isEqualTo(endpoint.url());
        assertThat(shown.getString("username")).isEqualTo("van-thu-so-tc");
        assertThat(shown.getBoolean("secretSet")).isTrue();
        assertThat(shown.containsKey("secret") && !shown.isNull("secret")).as("the secret is never shown back").isFalse();

        Packages.Document document = Packages.document(sender.code(), recipient.code());
        String id = sender.send(document.xml());

        PushReceiver.Push push = endpoint.await(id, p -> !p.isEmpty(), "a push").get(0);
        assertThat(push.body()).isEqualTo(document.xml());
        assertThat(push.sender()).isEqualTo(sender.code());
        assertThat(push.contentType()).startsWith("application/xml");
        assertThat(push.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("van-thu-so-tc:mật-khẩu-riêng".getBytes(StandardCharsets.UTF_8)));
        awaitState(recipient, id, "FETCHED");

        PushReceiver.pause(3000);
        assertThat(endpoint.pushesOf(id)).as("a pushed document is not pushed again").hasSize(1);
    }

    @Test
    void failingPushesAreRetriedThenDeadLetteredWhilePullKeepsWorkingAndAnAdministratorRedrivesThem() {
        endpoint.answerWith(503);
        register(recipient, endpoint.url(), null, null);
        String first = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        String second = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        String pulled = sender.send(Packages.document(sender.code(), recipient.code()).xml());

        // While the endpoint fails, the documents wait in the inbox for pull; one is pulled and confirmed.
        assertThat(recipient.awaitInInbox(pulled).getString("state")).isEqualTo("DELIVERED");
        assertThat(recipient.fetch(pulled).status()).isEqualTo(200);
        assertThat(recipient.acknowledge(pulled, "done", null).status()).isEqualTo(200);

        endpoint.await(first, p -> p.size() == 3, "three failed attempts");
        endpoint.await(second, p -> p.size() == 3, "three failed attempts");
        JsonObject dead = awaitDeadLetter(first);
        assertThat(dead.getInt("attempts")).isEqualTo(3);
        assertThat(dead.getString("lastError")).startsWith("HTTP 503");
        assertThat(dead.getBoolean("inInbox")).isTrue();
        assertThat(deadLetter(pulled)).as("a document fetched by pull is not dead-lettered").isEmpty();
        PushReceiver.pause(2500);
        assertThat(endpoint.pushesOf(first)).as("a dead push is not tried again on its own").hasSize(3);

        endpoint.answerWith(200);
        HubResponse one = Hub.admin().postJson("/api/v1/admin/push/dead-letters/" + first + "/" + recipient.code() + "/redrive", "{}");
        assertThat(one.status()).as("re-drive answered %s", one).isEqualTo(200);
        assertThat(one.json().getString("pushState")).isEqualTo("PENDING");
        endpoint.await(first, p -> p.size() == 4 && p.get(3).answeredWith() == 200, "the re-driven push");
        awaitState(recipient, first, "FETCHED");
        assertThat(deadLetter(second)).as("only the one re-driven left the list").isPresent();

        HubResponse all = Hub.admin().postJson("/api/v1/admin/push/dead-letters/redrive?recipient=" + recipient.code(), "{}");
        assertThat(all.status()).as("re-drive all answered %s", all).isEqualTo(200);
        assertThat(all.json().getInt("redriven")).isEqualTo(1);
        endpoint.await(second, p -> p.size() == 4 && p.get(3).answeredWith() == 200, "the re-driven push");
        awaitState(recipient, second, "FETCHED");
        assertThat(endpoint.pushesOf(pulled)).as("pushes of the pulled document stopped").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void removingTheEndpointLeavesWaitingDocumentsToPull() {
        endpoint.answerWith(500);
        register(recipient, endpoint.url(), null, null);
        String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());
        endpoint.await(id, p -> !p.isEmpty(), "a first attempt");

        assertThat(recipient.delete("/api/v1/push-endpoint").status()).isEqualTo(204);
        assertThat(recipient.get("/api/v1/push-endpoint").status()).isEqualTo(204);
        PushReceiver.pause(3000);
        int attempts = endpoint.pushesOf(id).size();
        PushReceiver.pause(2500);
        assertThat(endpoint.pushesOf(id)).as("no push after the endpoint was removed").hasSize(attempts);
        assertThat(recipient.fetch(id).status()).isEqualTo(200);
    }

    @Test
    void anEndpointMustBeAnHttpUrlAndItsCredentialComplete() {
        assertRefused(recipient.putJson("/api/v1/push-endpoint", "{\"url\":\"ftp://vanthu.example.vn/inbox\"}"), "url");
        assertRefused(recipient.putJson("/api/v1/push-endpoint", "{\"url\":\"not a url\"}"), "url");
        assertRefused(recipient.putJson("/api/v1/push-endpoint", "{}"), "url");
        assertRefused(recipient.putJson("/api/v1/push-endpoint",
                "{\"url\":\"https://vanthu.example.vn/inbox\",\"username\":\"vanthu\"}"), "secret");
        assertThat(recipient.get("/api/v1/push-endpoint").status()).as("nothing was registered").isEqualTo(204);
    }

    /**
     * The servers of the build allow-list 127.0.0.1 only (ear/pom.xml), where the test endpoints
     * listen: every other internal address is refused, as all of them are where nothing is listed.
     */
    @Test
    void anEndpointOnAnInternalAddressThatIsNotAllowListedIsRefused() {
        for (String url : List.of("http://127.0.0.2:8080/edoc/inbox", "http://[::1]:8080/edoc/inbox",
                "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/inbox", "http://192.168.1.10/inbox",
                "http://0.0.0.0:9080/api/v1/admin/push/dead-letters", "http://[::ffff:10.0.0.1]/inbox")) {
            HubResponse response = recipient.putJson("/api/v1/push-endpoint", "{\"url\":\"" + url + "\"}");
            assertThat(response.status()).as("%s answered %s", url, response).isEqualTo(422);
            assertThat(response.problemCode()).isEqualTo("PUSH_URL_NOT_ALLOWED");
            assertThat(response.json().getString("element")).isEqualTo("url");
        }
        assertThat(recipient.get("/api/v1/push-endpoint").status()).as("nothing was registered").isEqualTo(204);
    }

    /** An endpoint cannot send the hub on to another address: a redirect is a failed attempt, never followed. */
    @Test
    void aRedirectingEndpointIsNotFollowed() {
        try (PushReceiver elsewhere = new PushReceiver()) {
            endpoint.redirectWith(307, elsewhere.url());
            register(recipient, endpoint.url(), null, null);
            String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());

            endpoint.await(id, p -> p.size() == 3, "three refused attempts");
            JsonObject dead = awaitDeadLetter(id);
            assertThat(dead.getString("lastError")).startsWith("HTTP 307");
            assertThat(elsewhere.pushesOf(id)).as("nothing reached the redirect's target").isEmpty();
        }
    }

    @Test
    void onlyAdministratorsSeeAndRedriveDeadLetters() {
        String path = "/api/v1/admin/push/dead-letters";
        assertThat(Hub.anonymousGet(path).status()).isEqualTo(401);
        assertThat(recipient.get(path).status()).as("an agency is not an administrator").isEqualTo(403);
        assertThat(recipient.postJson(path + "/redrive", "{}").status()).isEqualTo(403);
        HubResponse wrong = Hub.signedInAs(Hub.ADMIN_USER, "not-the-password").get(path);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.problemCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(Hub.admin().get(path).status()).isEqualTo(200);
        assertThat(Hub.admin().get("/api/v1/inbox").status()).as("an administrator has no inbox").isEqualTo(403);
    }

    private static void register(AgencyClient agency, String url, String user, String secret) {
        String body = "{\"url\":\"" + url + "\"" + (user == null ? "" : ",\"username\":\"" + user + "\",\"secret\":\"" + secret + "\"")
                + "}";
        HubResponse response = agency.putJson("/api/v1/push-endpoint", body);
        assertThat(response.status()).as("registration answered %s", response).isEqualTo(200);
    }

    private static void assertRefused(HubResponse response, String field) {
        assertThat(response.status()).as("answered %s", response).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("INVALID_REQUEST");
        assertThat(response.text()).contains(field);
    }

    private JsonObject awaitDeadLetter(String documentId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> found = deadLetter(documentId);
            if (found.isPresent()) {
                return found.get();
            }
            PushReceiver.pause(200);
        }
        throw new AssertionError("The push of " + documentId + " never reached the dead-letter list");
    }

    private Optional<JsonObject> deadLetter(String documentId) {
        HubResponse page = Hub.admin().get("/api/v1/admin/push/dead-letters?limit=500&recipient=" + recipient.code());
        assertThat(page.status()).as("dead letters answered %s", page).isEqualTo(200);
        List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
        return items.stream().filter(i -> i.getString("documentId").equals(documentId)).findFirst();
    }

    private static void awaitState(AgencyClient agency, String documentId, String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (agency.inboxItem(documentId).map(i -> i.getString("state")).orElse("").equals(state)) {
                return;
            }
            PushReceiver.pause(200);
        }
        throw new AssertionError("Document " + documentId + " never reached state " + state + " for " + agency.code());
    }
}
