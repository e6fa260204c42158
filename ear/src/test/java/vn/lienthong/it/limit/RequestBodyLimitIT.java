package vn.lienthong.it.limit;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * JSON request bodies have a limit per endpoint (lienthong.limit.*-body, production defaults on
 * the servers under test), enforced before the body is read: 413 BODY_TOO_LARGE whether the
 * body's length is declared or it comes chunked.
 */
class RequestBodyLimitIT {

    private static final int FEEDBACK_LIMIT = 64 * 1024;
    private static final long INTAKE_LIMIT = 40L * 1024 * 1024;
    private static final int JSON_LIMIT = 64 * 1024;

    private final AgencyClient citizen = Hub.anonymous().from(TestAgencies.clientAddress());

    @Test
    void feedbackOverItsLimitIsRefusedBeforeItIsRead() {
        HubResponse declared = citizen.send("POST", "/api/v1/public/feedback", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(FEEDBACK_LIMIT + 1)));
        assertRefused(declared, 413, "BODY_TOO_LARGE");
        assertThat(declared.json().getString("detail")).contains(Integer.toString(FEEDBACK_LIMIT));
        assertThat(declared.json().getString("detail_vi")).isNotBlank();

        HubResponse chunked = citizen.send("POST", "/api/v1/public/feedback", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(jsonOfSize(FEEDBACK_LIMIT + 1))));
        assertRefused(chunked, 413, "BODY_TOO_LARGE");
    }

    @Test
    void feedbackWithinItsLimitIsReadAndJudgedOnItsFields() {
        HubResponse atTheLimit = citizen.send("POST", "/api/v1/public/feedback", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(FEEDBACK_LIMIT)));
        assertRefused(atTheLimit, 400, "INVALID_REQUEST");
    }

    @Test
    void aDossierIntakeHasRoomForPapersButNotForMore() {
        AgencyClient agency = Hub.as("000.00.10.H20");
        HubResponse over = agency.send("POST", "/api/v1/dossiers", "application/json",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new RepeatedBytes(INTAKE_LIMIT + 1)), INTAKE_LIMIT + 1));
        assertRefused(over, 413, "BODY_TOO_LARGE");

        HubResponse biggerThanOtherBodies = agency.send("POST", "/api/v1/dossiers", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(JSON_LIMIT * 4)));
        assertRefused(biggerThanOtherBodies, 400, "INVALID_REQUEST");
    }

    @Test
    void everyOtherJsonBodyHasTheDefaultLimit() {
        HubResponse over = Hub.admin().send("PUT", "/api/v1/admin/agencies/000.00.00.G22/name", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(JSON_LIMIT + 1)));
        assertRefused(over, 413, "BODY_TOO_LARGE");
    }

    /** A JSON object of exactly {@code size} bytes that no operation accepts: one unknown, long field. */
    private static byte[] jsonOfSize(int size) {
        byte[] json = new byte[size];
        byte[] start = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(json, (byte) 'x');
        System.arraycopy(start, 0, json, 0, start.length);
        json[size - 2] = '"';
        json[size - 1] = '}';
        return json;
    }

    /** {@code length} bytes of one letter, made as they are read. */
    private static final class RepeatedBytes extends InputStream {

        private long left;

        RepeatedBytes(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
        }
    }
}
