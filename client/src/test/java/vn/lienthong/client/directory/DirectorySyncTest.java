package vn.lienthong.client.directory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.http.LienThongClient;
import vn.lienthong.client.signature.HubSignatures;
import vn.lienthong.client.signature.VerificationException;
import vn.lienthong.client.testing.FakeHub;
import vn.lienthong.client.testing.TestCms;
import vn.lienthong.client.testing.TestKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectorySyncTest {

    private static final KeyPair HUB_KEY = TestKeys.ec();
    private static final X509Certificate HUB = TestKeys.certificate("CN=hub", HUB_KEY, "CN=hub", HUB_KEY.getPrivate(), false);

    @TempDir
    Path dir;

    private final FakeHub hub = new FakeHub();

    DirectorySyncTest() throws Exception {
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private FakeHub.Route signed(String json) {
        return (call, ex) -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            try {
                ex.getResponseHeaders().add("Lienthong-Signature", Base64.getEncoder().encodeToString(TestCms.sign(body, HUB_KEY, HUB, false)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            FakeHub.reply(ex, 200, "application/json", body);
        };
    }

    private DirectorySync sync(Path file) {
        return new DirectorySync(LienThongClient.builder(hub.url()).agency("000.00.00.G22", "s").build(), file, new HubSignatures(HUB));
    }

    @Test
    void theFirstRunTakesTheSnapshotAndLaterRunsApplyOnlyTheChangesSinceTheStoredCursor() throws Exception {
        hub.on("GET /api/v1/directory/snapshot", signed("""
                {"cursor":412,"agencies":[{"code":"000.00.12.H41","name":"Sở Khoa học và Công nghệ","parentCode":"000.00.00.H41","level":2,"active":true}]}"""));
        hub.on("GET /api/v1/directory/changes", (call, ex) -> signed(call.path().contains("since=412") ? """
                {"events":[{"seq":413,"kind":"RENAMED","code":"000.00.12.H41","name":"Sở Khoa học, Công nghệ và Đổi mới sáng tạo","parentCode":"000.00.00.H41","level":2,"active":true,"occurredAt":"2026-12-01T08:00:00+07:00"}],
                 "nextCursor":413,"latest":414,"more":true}""" : call.path().contains("since=413") ? """
                {"events":[{"seq":414,"kind":"MERGED","code":"000.00.12.H41","name":"Sở Khoa học, Công nghệ và Đổi mới sáng tạo","level":2,"active":false,"successorCode":"000.00.13.H41","occurredAt":"2026-12-02T08:00:00+07:00"}],
                 "nextCursor":414,"latest":414,"more":false}""" : """
                {"events":[],"nextCursor":414,"latest":414,"more":false}""").answer(call, ex));
        Path file = dir.resolve("directory.json");

        DirectorySync.Result first = sync(file).sync();
        DirectorySync.Result second = sync(file).sync();

        assertThat(first.snapshot()).isTrue();
        assertThat(first.cursor()).isEqualTo(414);
        assertThat(first.events()).isEqualTo(2);
        assertThat(second.snapshot()).isFalse();
        assertThat(second.events()).isZero();
        assertThat(hub.calls).filteredOn(c -> c.path().contains("snapshot")).hasSize(1);
        assertThat(DirectorySync.load(file).get("000.00.12.H41").toString())
                .contains("\"active\":false").contains("\"successorCode\":\"000.00.13.H41\"").contains("Đổi mới sáng tạo");
    }

    @Test
    void aPageWhoseSignatureDoesNotHoldIsNotApplied() throws Exception {
        hub.on("GET /api/v1/directory/snapshot", (call, ex) -> {
            ex.getResponseHeaders().add("Lienthong-Signature", Base64.getEncoder().encodeToString(
                    TestCms.signUnchecked("{\"cursor\":1,\"agencies\":[]}".getBytes(StandardCharsets.UTF_8), HUB_KEY, HUB)));
            FakeHub.reply(ex, 200, "application/json", "{\"cursor\":999,\"agencies\":[]}");
        });
        Path file = dir.resolve("directory.json");

        assertThatThrownBy(() -> sync(file).sync()).isInstanceOf(VerificationException.class);
        assertThat(file).doesNotExist();
    }
}
