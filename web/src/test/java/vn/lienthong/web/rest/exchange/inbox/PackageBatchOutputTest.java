package vn.lienthong.web.rest.exchange.inbox;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.inbox.PackageOpening;
import vn.lienthong.platform.batch.Refusal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch fetch's multipart/mixed body, byte for byte as RFC 2046 and docs/api.md describe it. */
class PackageBatchOutputTest {

    private static final HubDocumentId FIRST = new HubDocumentId("01a203c9-fe95-763d-b0e5-03bc739725e4");
    private static final HubDocumentId SECOND = new HubDocumentId("01a203ca-0aa7-7db3-afbd-4abefa306482");

    @Test
    void eachPackageIsOnePartWithTheSingleFetchHeadersAndItsExactBytes() throws Exception {
        // Bytes a careless writer would alter or confuse with a delimiter: CRLF, a line starting with "--".
        byte[] bytes = "<edXMLEnvelope>\r\n--not-a-boundary\r\n</edXMLEnvelope>".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        PackageOpening opened = new PackageOpening(FIRST,
                new StoredPackage(FIRST, bytes.length, sha, new ByteArrayInputStream(bytes)), null);
        PackageOpening refused = new PackageOpening(SECOND, null,
                new Refusal("UNKNOWN_DOCUMENT", "No document " + SECOND + " exists on the hub", "Không có văn bản", null));

        PackageBatchOutput output = new PackageBatchOutput(List.of(opened, refused), "/api/v1/inbox/packages");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.write(out);

        Matcher boundary = Pattern.compile("boundary=\"([^\"]+)\"").matcher(output.mediaType());
        assertThat(output.mediaType()).startsWith("multipart/mixed;");
        assertThat(boundary.find()).isTrue();
        String b = boundary.group(1);
        String body = out.toString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("--" + b + "\r\n").endsWith("\r\n--" + b + "--\r\n");
        String[] parts = body.substring(0, body.length() - ("--" + b + "--\r\n").length()).split("--" + b + "\r\n");
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).isEqualTo("Content-Type: application/xml; charset=UTF-8\r\n"
                + "Content-ID: <" + FIRST + ">\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "ETag: \"" + sha + "\"\r\n"
                + "Repr-Digest: sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":\r\n"
                + "\r\n" + new String(bytes, StandardCharsets.UTF_8) + "\r\n");
        assertThat(parts[2]).startsWith("Content-Type: application/problem+json\r\nContent-ID: <" + SECOND + ">\r\n")
                .contains("\"code\":\"UNKNOWN_DOCUMENT\"", "\"status\":404", "\"instance\":\"/api/v1/inbox/packages\"");
    }

    @Test
    void everyAnswerHasItsOwnBoundary() {
        assertThat(new PackageBatchOutput(List.of(), "/x").mediaType())
                .isNotEqualTo(new PackageBatchOutput(List.of(), "/x").mediaType());
    }
}
