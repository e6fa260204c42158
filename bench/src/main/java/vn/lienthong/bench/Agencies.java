package vn.lienthong.bench;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Who sends and who receives in a run, taken from the running hub's directory (the sample
 * directory's active agencies, all signing in with the development secret): a small pool of
 * recipients, whose software polls its inbox, and every other agency as a sender.
 */
record Agencies(List<String> senders, List<String> recipients) {

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
        return new Agencies(List.copyOf(codes.subList(recipientPool, codes.size())), List.copyOf(codes.subList(0, recipientPool)));
    }
}
