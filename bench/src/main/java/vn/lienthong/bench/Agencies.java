package vn.lienthong.bench;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Who sends and who receives in a run, taken from the running hub's directory (the sample
 * directory's active agencies that sign in with the run's secret, the development secret by
 * default): a small pool of recipients, whose software polls its inbox, and up to 30 senders.
 */
record Agencies(List<String> senders, List<String> recipients) {

    /** Senders beyond this many change nothing in what the hub does per document. */
    private static final int MAX_SENDERS = 30;

    Agencies {
        if (senders.isEmpty() || recipients.isEmpty()) {
            throw new IllegalArgumentException("a run needs senders and recipients");
        }
    }

    static Agencies fromHub(HubClient hub, String login, int recipientPool, long seed) {
        HttpResponse<String> response = hub.get(login, "/agencies?active=true&size=500");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The hub did not list its agencies for " + login + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        List<String> codes = new ArrayList<>(HubClient.json(response).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(a -> a.getString("code")).toList());
        if (codes.size() < recipientPool + 1) {
            throw new IllegalStateException("The hub has " + codes.size() + " active agencies; the run needs "
                    + (recipientPool + 1) + " (bench.recipient.pool + 1)");
        }
        Collections.shuffle(codes, new Random(seed));
        // Only agencies that sign in with the run's secret take part (a hub may hold agencies with
        // secrets of their own, or none); the first ones found become the recipients.
        List<String> usable = new ArrayList<>();
        for (String code : codes) {
            if (usable.size() >= recipientPool + MAX_SENDERS) {
                break;
            }
            if (hub.get(code, "/inbox?limit=1").statusCode() == 200) {
                usable.add(code);
            }
        }
        if (usable.size() < recipientPool + 1) {
            throw new IllegalStateException("Only " + usable.size() + " agencies sign in with the run's secret; the run needs "
                    + (recipientPool + 1) + " (bench.recipient.pool + 1)");
        }
        return new Agencies(List.copyOf(usable.subList(recipientPool, usable.size())), List.copyOf(usable.subList(0, recipientPool)));
    }
}
