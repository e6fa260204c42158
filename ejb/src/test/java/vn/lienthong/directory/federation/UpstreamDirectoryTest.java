package vn.lienthong.directory.federation;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.hubkey.HubKey;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upstream's directory is read over HTTP as any agency reads it, signed in with this
 * instance's account there, and nothing of an answer is used unless the upstream's hub key signed it.
 */
class UpstreamDirectoryTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final AgencyCode HUB = AgencyCode.of("000.00.90.H41");

    @TempDir
    Path dir;

    private HttpServer server;
    private HubKey upstreamKey;
    /** What the fake upstream answers per path: body, and the signature it sends (null: none). */
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        upstreamKey = HubKey.generate(dir.resolve("national.p12"), "pw".toCharArray(), "hub", "CN=National axis");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/directory/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String[] answer = answers.get(exchange.getRequestURI().getPath().replace("/api/v1/", ""));
            byte[] body = answer == null ? "{}".getBytes(StandardCharsets.UTF_8) : answer[0].getBytes(StandardCharsets.UTF_8);
            if (answer != null && answer[1] != null) {
                exchange.getResponseHeaders().add("Lienthong-Signature", answer[1]);
            }
            exchange.sendResponseHeaders(answer == null ? 401 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private UpstreamDirectory directory() {
        Upstream upstream = Upstream.configured("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/", NATIONAL.value(),
                HUB.value(), "bí-mật", "", "", HUB).orElseThrow();
        return new UpstreamDirectory(new UpstreamConnection(upstream, Duration.ofSeconds(5)), upstreamKey.certificate());
    }

    private String signed(String body) {
        return Base64.getEncoder().encodeToString(new ReceiptSigner(upstreamKey, Optional.empty())
                .signDetached(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSnapshotAndTheChangesAreReadSignedInAsThisInstancesAccount() {
        String snapshot = """
                {"cursor":412,"takenAt":"2026-12-06T08:00:00+07:00","agencies":[
                 {"code":"000.00.00.H29","name":"Ủy ban nhân dân tỉnh Hà Tĩnh","level":1,"active":true},
                 {"code":"000.00.12.H29","name":"Sở Khoa học và Công nghệ","parentCode":"000.00.00.H29","level":2,"active":true,"successorCode":null}]}""";
        String changes = """
                {"events":[{"seq":413,"kind":"MERGED","code":"000.00.12.H29","name":"Sở Khoa học và Công nghệ",
                 "parentCode":"000.00.00.H29","level":2,"active":false,"successorCode":"000.00.13.H29","reason":"Sáp nhập"}],
                 "nextCursor":413,"latest":413,"more":false}""";
        answers.put("directory/snapshot", new String[]{snapshot, signed(snapshot)});
        answers.put("directory/changes", new String[]{changes, signed(changes)});

        UpstreamDirectory.Snapshot taken = directory().snapshot();
        UpstreamDirectory.Changes page = directory().changes(412, 500);

        assertThat(taken.cursor()).isEqualTo(412);
        assertThat(taken.agencies()).extracting(a -> a.code().value()).containsExactly("000.00.00.H29", "000.00.12.H29");
        assertThat(taken.agencies().get(1).parent()).contains(AgencyCode.of("000.00.00.H29"));
        assertThat(taken.agencies().get(1).successor()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo(413);
        assertThat(page.more()).isFalse();
        assertThat(page.events().get(0).active()).isFalse();
        assertThat(page.events().get(0).successor()).contains(AgencyCode.of("000.00.13.H29"));
        assertThat(page.events().get(0).reason()).contains("Sáp nhập");
        assertThat(authorizations).allSatisfy(a -> assertThat(a).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((HUB.value() + ":bí-mật").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPageWhoseBodyIsNotWhatTheUpstreamSignedIsRefused() {
        String changes = "{\"events\":[],\"nextCursor\":413,\"latest\":413,\"more\":false}";
        answers.put("directory/changes", new String[]{changes.replace("413", "999"), signed(changes)});

        assertThatThrownBy(() -> directory().changes(412, 500)).isInstanceOf(UpstreamDirectoryException.class)
                .hasMessageContaining("not signed by the upstream's hub certificate");
    }

    @Test
    void aPageSignedByAnotherKeyOrNotAtAllIsRefused() throws Exception {
        String changes = "{\"events\":[],\"nextCursor\":413,\"latest\":413,\"more\":false}";
        HubKey other = HubKey.generate(dir.resolve("other.p12"), "pw".toCharArray(), "hub", "CN=Someone else");
        answers.put("directory/changes", new String[]{changes, Base64.getEncoder().encodeToString(
                new ReceiptSigner(other, Optional.empty()).signDetached(changes.getBytes(StandardCharsets.UTF_8)))});

        assertThatThrownBy(() -> directory().changes(412, 500)).isInstanceOf(UpstreamDirectoryException.class)
                .hasMessageContaining("not signed by the upstream's hub certificate");

        answers.put("directory/changes", new String[]{changes, null});
        assertThatThrownBy(() -> directory().changes(412, 500)).isInstanceOf(UpstreamDirectoryException.class)
                .hasMessageContaining("no Lienthong-Signature");
    }

    @Test
    void aRefusalOrNoAnswerIsAFailureOfTheRound() {
        assertThatThrownBy(() -> directory().snapshot()).isInstanceOf(UpstreamDirectoryException.class)
                .hasMessageContaining("HTTP 401");
        server.stop(0);
        assertThatThrownBy(() -> directory().snapshot()).isInstanceOf(UpstreamDirectoryException.class)
                .hasMessageContaining(NATIONAL.value());
    }
}
