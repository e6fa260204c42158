package vn.lienthong.client.push;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PushReceiverTest {

    private static final String ID = "01a203c9-fe95-763d-b0e5-03bc739725e4";
    private static final byte[] BODY = "<edXML>gói tin</edXML>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<Path> stored = new ArrayList<>();

    private PushReceiver receiver() throws Exception {
        return new PushReceiver("lienthong", "push-secret", dir, stored::add);
    }

    private Map<String, String> headersAsTheHubSends(byte[] body, String user, String secret) throws Exception {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        h.put("LienThong-Document-Id", ID);
        h.put("LienThong-Sender", "000.00.00.G22");
        h.put("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body)) + ":");
        return h;
    }

    @Test
    void aPushWithTheRegisteredCredentialsAndItsDigestIsStoredUnderTheHubsDocumentId() throws Exception {
        PushReceiver.Outcome outcome = receiver().receive(headersAsTheHubSends(BODY, "lienthong", "push-secret")::get, new ByteArrayInputStream(BODY));

        assertThat(outcome).isEqualTo(PushReceiver.Outcome.STORED);
        assertThat(Files.readAllBytes(dir.resolve(ID + ".edxml"))).isEqualTo(BODY);
        assertThat(stored).containsExactly(dir.resolve(ID + ".edxml"));
    }

    @Test
    void theSameDocumentPushedAgainIsAnsweredOkAndNotStoredTwice() throws Exception {
        PushReceiver receiver = receiver();
        receiver.receive(headersAsTheHubSends(BODY, "lienthong", "push-secret")::get, new ByteArrayInputStream(BODY));

        PushReceiver.Outcome again = receiver.receive(headersAsTheHubSends(BODY, "lienthong", "push-secret")::get, new ByteArrayInputStream(BODY));

        assertThat(again).isEqualTo(PushReceiver.Outcome.DUPLICATE);
        assertThat(again.status).isEqualTo(200);
        assertThat(stored).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(ID + ".edxml"));
        }
    }

    @Test
    void aCallWithoutTheRegisteredSecretIsRefusedAndNothingStored() throws Exception {
        PushReceiver.Outcome outcome = receiver().receive(headersAsTheHubSends(BODY, "lienthong", "guess")::get, new ByteArrayInputStream(BODY));

        assertThat(outcome).isEqualTo(PushReceiver.Outcome.UNAUTHORIZED);
        assertThat(outcome.status).isEqualTo(401);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBodyThatDoesNotMatchItsDigestIsRefused() throws Exception {
        Map<String, String> headers = headersAsTheHubSends(BODY, "lienthong", "push-secret");

        PushReceiver.Outcome outcome = receiver().receive(headers::get, new ByteArrayInputStream("<edXML>khác</edXML>".getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome).isEqualTo(PushReceiver.Outcome.BAD_REQUEST);
        assertThat(stored).isEmpty();
    }

    @Test
    void aDocumentIdThatCouldNameAnotherFileIsRefused() throws Exception {
        Map<String, String> headers = headersAsTheHubSends(BODY, "lienthong", "push-secret");
        headers.put("LienThong-Document-Id", "../../etc/passwd");

        assertThat(receiver().receive(headers::get, new ByteArrayInputStream(BODY))).isEqualTo(PushReceiver.Outcome.BAD_REQUEST);
    }
}
