package vn.lienthong.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sends queue {@value UpwardPublication#QUEUE}: each item is one administration call at the upstream,
 * made as this instance's hub account there, one at a time per agency code, at
 * {@code lienthong.federation.interval} with the backoff of {@code lienthong.federation.backoff},
 * {@code FAILED} after its last delay for an administrator to re-drive ({@code /api/v1/admin/queues}).
 * A call the upstream answers as already made (the code exists; the agency is retired) was taken by
 * an earlier attempt that timed out: sent.
 */
@ApplicationScoped
public class UpwardPublicationSender implements Sender {

    @Inject
    FederationSettings federation;

    @Override
    public String queue() {
        return UpwardPublication.QUEUE;
    }

    @Override
    public QueueSettings settings() {
        return QueueSettings.oneByOne(federation.interval(), federation.backoff(), federation.timeout().plusSeconds(30), 50, true);
    }

    @Override
    public Optional<String> off() {
        return federation.upstream().isEmpty()
                ? Optional.of("this instance has no upstream (lienthong.federation.upstream.url is not set)")
                : Optional.empty();
    }

    @Override
    public Outcome send(QueuedItem item) {
        Upstream upstream = federation.upstream().orElseThrow(() -> new SendFailure("this instance has no upstream"));
        UpwardCall call = UpwardCall.fromPayload(item.payload().orElseThrow());
        UpstreamConnection connection = new UpstreamConnection(upstream, federation.timeout());
        HttpResponse<String> answer;
        try {
            answer = connection.http().send(connection.request(call.path()).header("Content-Type", "application/json; charset=UTF-8")
                            .header("Accept", "application/json")
                            .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body().toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SendFailure(call.method() + " " + call.path() + " at " + upstream.code() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("interrupted", e);
        }
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.SENT;
        }
        if (call.doneAlready() != null && call.doneAlready().equals(problemCode(answer.body()))) {
            return Outcome.SENT;
        }
        String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ").strip();
        throw new SendFailure(call.method() + " " + call.path() + " at " + upstream.code() + ": HTTP " + status
                + (body.isEmpty() ? "" : " " + (body.length() > 300 ? body.substring(0, 300) : body)));
    }

    private static String problemCode(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject().getString("code", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String describe(QueuedItem item) {
        return "publication upward of agency " + item.key() + "'s change " + item.seq();
    }
}
