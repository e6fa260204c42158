package vn.lienthong.it.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerControl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB package (one attachment of 150 MB, base64) sent to a server whose heap is 512 MB, the
 * body generated on the fly so the test holds none of it. Run by the Maven profile
 * {@code large-package} only (docs/benchmarks.md); prints the throughput.
 */
class LargePackageBenchmark {

    static final long PACKAGE_BYTES = 200L * 1000 * 1000;

    @BeforeAll
    static void hubIsUp() {
        ServerControl.awaitReady(Duration.ofMinutes(5));
    }

    @Test
    void aTwoHundredMegabytePackageIsAcceptedWithAHalfGigabyteHeap() throws IOException, InterruptedException {
        String sender = "000.00.09.H20";
        String recipient = "000.00.10.H20";
        String xml = Packages.document(sender, recipient).xml();
        int at = xml.indexOf("<edXML:ContentTransferEncoded>") + "<edXML:ContentTransferEncoded>".length();
        byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = xml.substring(xml.indexOf("</edXML:ContentTransferEncoded>")).getBytes(StandardCharsets.UTF_8);
        long base64Bytes = (PACKAGE_BYTES - head.length - tail.length) / 77 * 77;
        long total = head.length + base64Bytes + tail.length;

        HttpRequest request = HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/documents"))
                .header("Content-Type", "application/xml")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (sender + ":" + Hub.SAMPLE_SECRET).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                new Base64Lines(base64Bytes), new ByteArrayInputStream(tail))))), total))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        double mb = total / 1e6;
        System.out.printf("edXML large package: %.1f MB accepted in %.1f s = %.1f MB/s (server -Xmx512m)%n",
                mb, seconds, mb / seconds);
    }

    /** Base64 text of pseudo-random bytes, 76 characters and a newline per line, generated as it is read. */
    static final class Base64Lines extends InputStream {
        private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                .getBytes(StandardCharsets.US_ASCII);
        private long remaining;
        private long position;
        private long seed = 0x9E3779B97F4A7C15L;

        Base64Lines(long bytes) {
            this.remaining = bytes;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                if (position % 77 == 76) {
                    b[off + i] = '\n';
                } else {
                    seed ^= seed << 13;
                    seed ^= seed >>> 7;
                    seed ^= seed << 17;
                    b[off + i] = ALPHABET[(int) (seed & 63)];
                }
                position++;
            }
            remaining -= n;
            return n;
        }
    }
}
