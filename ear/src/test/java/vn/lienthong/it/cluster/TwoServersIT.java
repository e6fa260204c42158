package vn.lienthong.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Liberty servers share one PostgreSQL database and one external broker: documents sent to
 * either are delivered once each, by whichever server's consumer takes the message, and both
 * servers do part of the work.
 */
@Tag("production-configuration")
class TwoServersIT {

    private static final int DOCUMENTS = 200;

    private final AgencyClient sender = Hub.as("000.00.00.G09");
    private final List<AgencyClient> recipients = List.of(
            Hub.as("000.00.06.H41"), Hub.as("000.00.07.H41"), Hub.as("000.00.08.H41"));

    @Test
    void everyDocumentSentToEitherServerIsDeliveredOnceAndBothServersDeliver() throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            AgencyClient through = i % 2 == 0 ? sender : sender.onSecondServer();
            AgencyClient recipient = recipients.get(i % recipients.size());
            work.add(senders.submit(() -> ids.add(through.send(Packages.document(sender.code(), recipient.code()).xml()))));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        senders.shutdown();

        Map<String, Integer> deliveriesByNode = new HashMap<>();
        for (String id : ids) {
            JsonObject recipient = awaitDelivered(id);
            deliveriesByNode.merge(recipient.getString("deliveredBy"), 1, Integer::sum);
        }
        for (AgencyClient recipient : recipients) {
            List<String> inbox = inboxIds(recipient);
            assertThat(inbox).doesNotHaveDuplicates();
            assertThat(inbox).containsAll(ids.stream().filter(id -> isFor(id, recipient)).toList());
        }
        assertThat(deliveriesByNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DOCUMENTS);
        assertThat(deliveriesByNode).as("deliveries per server").containsOnlyKeys("node-a", "node-b");
    }

    private JsonObject awaitDelivered(String id) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonObject recipient = sender.sent(id).getJsonArray("recipients").getJsonObject(0);
            if (!"QUEUED".equals(recipient.getString("state"))) {
                return recipient;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("document " + id + " was not delivered within 60 s");
    }

    private boolean isFor(String id, AgencyClient recipient) {
        return sender.sent(id).getJsonArray("recipients").getJsonObject(0).getString("code").equals(recipient.code());
    }

    private static List<String> inboxIds(AgencyClient recipient) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = recipient.get("/api/v1/inbox?includeFetched=true&limit=500"
                    + (cursor == null ? "" : "&after=" + cursor)).json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> ids.add(i.getString("documentId")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return ids;
    }
}
