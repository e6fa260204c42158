package vn.lienthong.it.edxml;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package of the bad corpus (ejb/src/test/resources/edxml/bad) posted to the running hub
 * gets a 4xx problem document with the expected code, naming the offending element, and leaves
 * nothing behind: the sender's sent list and the recipient's inbox are the same size after.
 */
class BadPackagesIT {


    static final Path CORPUS = Path.of(System.getProperty("it.edxml.corpus", "../ejb/src/test/resources/edxml/bad"));

    private final AgencyClient sender = Hub.as("000.00.03.H20");
    private final AgencyClient recipient = Hub.as("000.00.04.H20");

    @TestFactory
    Stream<DynamicTest> everyBadPackageIsRefusedAndNothingIsStored() throws IOException {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(CORPUS.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(in);
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(100);
        return expected.stringPropertyNames().stream().sorted().map(file -> DynamicTest.dynamicTest(file, () -> {
            String[] parts = expected.getProperty(file).split("\\|", -1);
            String code = parts[0];
            String element = parts[1];
            boolean status = parts[2].equals("statuses");
            int sentBefore = count(sender, "/api/v1/sent", "before");
            int inboxBefore = count(recipient, "/api/v1/inbox?includeFetched=true", "after");
            int reporterSentBefore = count(recipient, "/api/v1/sent", "before");

            AgencyClient poster = status ? recipient : sender;
            HubResponse response = poster.postXml(status ? "/api/v1/statuses" : "/api/v1/documents", bytes(file));

            assertThat(response.status()).as("%s answered %s", file, response).isBetween(400, 499);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonObject problem = response.json();
            assertThat(problem.getString("code")).as(file).isEqualTo(code);
            assertThat(problem.getString("element", null)).as("%s names the element", file).startsWith(element);
            assertThat(problem.getString("title_vi", "")).isNotBlank();
            assertThat(count(sender, "/api/v1/sent", "before")).as("sent list after %s", file).isEqualTo(sentBefore);
            assertThat(count(recipient, "/api/v1/inbox?includeFetched=true", "after")).as("inbox after %s", file).isEqualTo(inboxBefore);
            assertThat(count(recipient, "/api/v1/sent", "before")).isEqualTo(reporterSentBefore);
        }));
    }

    private static int count(AgencyClient client, String path, String cursorName) {
        int total = 0;
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            HubResponse page = client.get(path + sep + "limit=500" + (cursor == null ? "" : "&" + cursorName + "=" + cursor));
            assertThat(page.status()).as("%s answered %s", path, page).isEqualTo(200);
            JsonObject json = page.json();
            total += json.getJsonArray("items").size();
            cursor = json.containsKey("nextCursor") && !json.isNull("nextCursor") ? json.getString("nextCursor") : null;
        } while (cursor != null);
        return total;
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(CORPUS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
