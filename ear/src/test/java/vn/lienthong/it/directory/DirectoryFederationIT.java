package vn.lienthong.it.directory;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.crash.CrashServer;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.TestAgencies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory across hubs (issue 18, docs/federation.md): a second instance, a province with its
 * own hub code, follows the suite's hub as its upstream. What the national axis's administrators
 * add, rename and merge outside the province's tree reaches the province's directory as events of
 * its own, reached through the upstream; a merge upstream reroutes mail sent at the province to the
 * successor by today's succession rule.
 */
class DirectoryFederationIT {

    private static final String FOLLOWER = "http://localhost:" + System.getProperty("feddir.http.port", "9780");
    private static final String PROVINCE_SECRET = "bí-mật-của-tỉnh-thử-2026";
    private static final String SECRET = "bí-mật-đơn-vị-liên-thông-2026";
    private static final String NATIONAL = "000.00.90.G22";

    private static CrashServer follower;
    private static String provinceHub;

    private final AgencyClient national = Hub.admin();
    private final AgencyClient provinceAdmin = Hub.signedInAt(FOLLOWER, "admin", "lienthong-dev-admin");

    @BeforeAll
    static void startTheProvince() throws Exception {
        provinceHub = registerProvinceAccount();
        Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
        String server = System.getProperty("feddir.server.name", "lienthong-fed-dir");
        Path serverDir = wlp.resolve("usr/servers").resolve(server);
        // A fresh data directory per run: the suite's hub is a new upstream each build.
        Path data = serverDir.resolve("data-" + Instant.now().toEpochMilli());
        Files.createDirectories(data);
        Path certificate = data.resolve("upstream.pem");
        Files.write(certificate, Hub.admin().get("/api/v1/hub/certificate").body());
        boolean tls = Hub.BASE_URL.startsWith("https:");
        String tlsDir = System.getProperty("it.tls.dir", "target/tls");
        Path overrides = serverDir.resolve("configDropins/overrides/federation-it.xml");
        Files.createDirectories(overrides.getParent());
        Files.writeString(overrides, """
                <server>
                    <variable name="lienthong.data.dir" value="%s"/>
                    <variable name="lienthong.hub.code" value="%s"/>
                    <variable name="lienthong.federation.upstream.url" value="%s/api/v1/"/>
                    <variable name="lienthong.federation.upstream.code" value="%s"/>
                    <variable name="lienthong.federation.upstream.user" value="%s"/>
                    <variable name="lienthong.federation.upstream.password" value="%s"/>
                    <variable name="lienthong.federation.upstream.certificate" value="%s"/>
                    <variable name="lienthong.federation.upstream.truststore" value="%s"/>
                    <variable name="lienthong.federation.upstream.truststore.password" value="%s"/>
                    <variable name="lienthong.federation.directory.interval" value="1s"/>
                    <variable name="lienthong.federation.backoff" value="1s,2s"/>
                </server>
                """.formatted(data, provinceHub, Hub.BASE_URL, NATIONAL, provinceHub, PROVINCE_SECRET, certificate,
                tls ? Path.of(tlsDir).toAbsolutePath().resolve("truststore.p12") : "", tls ? "lienthong-it-only" : ""),
                StandardCharsets.UTF_8);
        follower = new CrashServer(wlp, server, FOLLOWER);
        start(wlp, server);
    }

    /**
     * Starts the province with Liberty's own script and waits until it is ready: a first start with
     * a fresh database on a busy machine takes minutes, longer than the script waits for.
     */
    private static void start(Path wlp, String server) throws IOException, InterruptedException {
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("usr/servers/" + server + "-harness.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Hub.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(FOLLOWER + "/health/ready")).GET()).status() == 200) {
                    start.waitFor(1, java.util.concurrent.TimeUnit.MINUTES);
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the province " + server + " did not report ready within 10 minutes; see its messages.log");
    }

    @AfterAll
    static void stopTheProvince() {
        if (follower != null) {
            follower.stop();
        }
    }

    /** The province's hub account at the national axis: a code of its own tree (…H41), fresh each run. */
    private static String registerProvinceAccount() {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = "000.00." + (100 + random.nextInt(900)) + ".H41";
            HubResponse added = Hub.admin().postJson("/api/v1/admin/agencies", "{\"code\":\"" + code
                    + "\",\"name\":\"Nền tảng LGSP thử nghiệm " + code + "\",\"secret\":\"" + PROVINCE_SECRET + "\"}");
            if (added.status() == 201) {
                return code;
            }
            assertThat(added.problemCode()).as("adding %s answered %s", code, added).isEqualTo("AGENCY_EXISTS");
        }
        throw new AssertionError("no free code for the province's hub account");
    }

    @Test
    void aMergeUpstreamBecomesAMergeAtTheProvinceAndReroutesItsMail() {
        String department = TestAgencies.create(SECRET).code();
        String successor = TestAgencies.create(SECRET).code();

        JsonObject followed = await("the province to hold " + department, () -> provinceAdmin.get("/api/v1/agencies/" + department),
                r -> r.status() == 200).json();
        assertThat(followed.getBoolean("active")).isTrue();
        assertThat(provinceAdmin.get("/api/v1/admin/agencies/" + department + "/served-by").json().getString("servedBy"))
                .as("reached through the upstream").isEqualTo(NATIONAL);

        long provinceBefore = ok(provinceAdmin.get("/api/v1/directory/changes?limit=1&since=" + Long.MAX_VALUE / 2))
                .getJsonNumber("nextCursor").longValue();
        ok(national.putJson("/api/v1/admin/agencies/" + department + "/name",
                "{\"name\":\"Sở Khoa học, Công nghệ và Đổi mới sáng tạo\",\"reason\":\"Quyết định 123/QĐ-UBND\"}"));
        ok(national.postJson("/api/v1/admin/agencies/" + department + "/merge",
                "{\"into\":\"" + successor + "\",\"reason\":\"Nghị quyết sáp nhập\"}"));

        JsonObject merged = await("the merge to reach the province", () -> provinceAdmin.get("/api/v1/agencies/" + department),
                r -> r.status() == 200 && !r.json().getBoolean("active")).json();
        assertThat(merged.getString("successorCode")).isEqualTo(successor);
        assertThat(merged.getString("name")).isEqualTo("Sở Khoa học, Công nghệ và Đổi mới sáng tạo");
        assertThat(provinceAdmin.get("/api/v1/directory/changes?limit=500&since=" + provinceBefore).text())
                .as("the province's own feed carries the upstream's changes as its events")
                .contains("\"code\":\"" + department + "\"", "\"kind\":\"RENAMED\"", "\"kind\":\"MERGED\"", "Nghị quyết sáp nhập");

        // Mail sent at the province to the merged code goes to its successor, by today's succession rule.
        AgencyClient sender = Hub.at(FOLLOWER, "000.00.00.G09");
        HubResponse sent = sender.postXml("/api/v1/documents",
                Packages.document(sender.code(), department).xml().getBytes(StandardCharsets.UTF_8));
        assertThat(sent.status()).as("send answered %s", sent).isEqualTo(201);
        JsonObject reroute = sent.json().getJsonArray("reroutes").getJsonObject(0);
        assertThat(reroute.getString("addressed")).isEqualTo(department);
        assertThat(reroute.getString("deliveredTo")).isEqualTo(successor);
    }

    @Test
    void theProvincesOwnTreeAndAccountsAreNotTakenFromTheUpstream() {
        String ownAgency = provinceHub.replaceFirst("^000\\.00\\.", "000.01.");
        ok(national.postJson("/api/v1/admin/agencies", "{\"code\":\"" + ownAgency + "\",\"name\":\"Đơn vị của tỉnh\",\"parentCode\":\""
                + provinceHub + "\"}"));
        String marker = TestAgencies.create(SECRET).code();

        await("the province to follow past both", () -> provinceAdmin.get("/api/v1/agencies/" + marker), r -> r.status() == 200);

        assertThat(provinceAdmin.get("/api/v1/agencies/" + ownAgency).status()).as("a code of its own tree").isEqualTo(404);
        assertThat(provinceAdmin.get("/api/v1/agencies/" + provinceHub).status()).as("its own hub account").isEqualTo(404);
        JsonObject status = ok(provinceAdmin.get("/api/v1/admin/federation/directory"));
        assertThat(status.getBoolean("following")).isTrue();
        assertThat(status.getString("upstream")).isEqualTo(NATIONAL);
        assertThat(status.getString("tree")).isEqualTo("H41");
        assertThat(status.getJsonNumber("cursor").longValue()).isPositive();
        assertThat(status.containsKey("lastSuccess")).isTrue();
        assertThat(status.containsKey("lastError")).isFalse();
        assertThat(status.getJsonNumber("followed").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(ok(national.get("/api/v1/admin/federation/directory")).getBoolean("following"))
                .as("the national axis follows no one").isFalse();
    }

    @Test
    void theProvincesOwnTreeIsPublishedUpwardAndServedThroughTheProvince() {
        // The national axis's administrators registered one of the province's agencies and said it is
        // reached through the province; the province's administrators register it too, then a unit under it.
        String department = provinceHub.replaceFirst("^000\\.00\\.\\d+\\.", "000.00." + freeLevel2(provinceHub) + ".");
        ok(national.postJson("/api/v1/admin/agencies", "{\"code\":\"" + department + "\",\"name\":\"Sở thử nghiệm\"}"));
        ok(national.putJson("/api/v1/admin/agencies/" + department + "/served-by", "{\"hub\":\"" + provinceHub + "\"}"));
        ok(provinceAdmin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + department + "\",\"name\":\"Sở thử nghiệm\"}"));
        String unit = department.replaceFirst("^000\\.00\\.", "000.01.");
        ok(provinceAdmin.postJson("/api/v1/admin/agencies", "{\"code\":\"" + unit + "\",\"name\":\"Phòng thử nghiệm\",\"parentCode\":\""
                + department + "\"}"));
        ok(provinceAdmin.putJson("/api/v1/admin/agencies/" + unit + "/name", "{\"name\":\"Phòng Chuyển đổi số\",\"reason\":\"Đổi tên\"}"));

        JsonObject published = await("the unit to reach the national axis renamed", () -> national.get("/api/v1/agencies/" + unit),
                r -> r.status() == 200 && "Phòng Chuyển đổi số".equals(r.json().getString("name"))).json();
        assertThat(published.getString("parentCode")).isEqualTo(department);
        assertThat(ok(national.get("/api/v1/admin/agencies/" + unit + "/served-by")).getString("servedBy"))
                .as("reached through the province that published it").isEqualTo(provinceHub);
    }

    @Test
    void aHubAccountChangesOnlyWhatIsReachedThroughIt() {
        AgencyClient hubAccount = Hub.as(provinceHub, PROVINCE_SECRET);
        String nationalAgency = TestAgencies.create(SECRET).code();

        HubResponse renamed = hubAccount.putJson("/api/v1/admin/agencies/" + nationalAgency + "/name", "{\"name\":\"Chiếm đoạt\"}");
        HubResponse added = hubAccount.postJson("/api/v1/admin/agencies",
                "{\"code\":\"" + nationalAgency.replaceFirst("^000\\.00\\.", "000.01.") + "\",\"name\":\"Đơn vị lạ\",\"parentCode\":\""
                        + nationalAgency + "\"}");
        HubResponse secret = hubAccount.putJson("/api/v1/admin/agencies/" + nationalAgency + "/secret", "{}");

        assertThat(renamed.status()).as("%s", renamed).isEqualTo(403);
        assertThat(added.status()).as("%s", added).isEqualTo(403);
        assertThat(secret.status()).as("%s", secret).isEqualTo(403);
        assertThat(ok(national.get("/api/v1/agencies/" + nationalAgency)).getString("name")).startsWith("Đơn vị thử nghiệm");
    }

    /** A level-2 segment no agency of the province's top-level unit has at the national axis yet. */
    private String freeLevel2(String hub) {
        SecureRandom random = new SecureRandom();
        String unit = hub.substring(hub.lastIndexOf('.') + 1);
        for (int attempt = 0; attempt < 50; attempt++) {
            String segment = String.valueOf(100 + random.nextInt(900));
            if (national.get("/api/v1/agencies/000.00." + segment + "." + unit).status() == 404
                    && provinceAdmin.get("/api/v1/agencies/000.00." + segment + "." + unit).status() == 404) {
                return segment;
            }
        }
        throw new AssertionError("no free code for a department of the province");
    }

    private static JsonObject ok(HubResponse response) {
        assertThat(response.status()).as("%s", response).isBetween(200, 201);
        return response.json();
    }

    private static HubResponse await(String what, Supplier<HubResponse> call, Predicate<HubResponse> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HubResponse last = null;
        while (Instant.now().isBefore(deadline)) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited 60 s for " + what + "; last answer " + last);
    }
}
