package vn.lienthong.it.exchange;

import org.junit.jupiter.api.RepeatedTest;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recipient answers a take-back (13) at the same moment, on the production configuration
 * spread over both servers: each answer decides the document's state from all answers, so none may
 * miss another, and none may fail for having arrived together.
 */
class TakeBackRaceIT {

    private static final boolean TWO_SERVERS = "production".equals(System.getProperty("it.configuration"));

    private final AgencyClient sender = Hub.as("000.00.01.H41");
    private final List<AgencyClient> recipients = List.of("000.01.31.H41", "000.02.31.H41", "000.03.31.H41",
            "000.04.31.H41", "000.01.33.H41", "000.02.33.H41", "000.01.36.H41", "000.02.36.H41").stream().map(Hub::as).toList();

    @RepeatedTest(3)
    void answersArrivingTogetherAllCountAndAllSucceed() throws Exception {
        Packages.Document document = Packages.document(sender.code(), recipients.stream().map(AgencyClient::code)
                .toArray(String[]::new));
        String id = sender.send(document.xml());
        recipients.forEach(r -> r.awaitInInbox(id));
        assertThat(sender.report(document.status(sender.code(), "13", "Đề nghị lấy lại để sửa")).status()).isEqualTo(201);

        List<HubResponse> answers = together(recipients.size(), i -> {
            AgencyClient recipient = TWO_SERVERS && i % 2 == 1 ? recipients.get(i).onSecondServer() : recipients.get(i);
            return recipient.report(document.status(recipient.code(), "15", "Đồng ý trả lại"));
        });

        assertThat(answers).as("every answer is taken").allSatisfy(a -> assertThat(a.status()).as("%s", a).isEqualTo(201));
        assertThat(sender.sent(id).getString("takeBackState")).as("every recipient agreed").isEqualTo("TAKEN_BACK");
    }

    private interface Call {
        HubResponse make(int index) throws Exception;
    }

    /** Makes {@code n} calls released at the same instant, one thread each. */
    private static List<HubResponse> together(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HubResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<HubResponse> task = () -> {
                    start.await();
                    return call.make(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HubResponse> responses = new ArrayList<>();
            for (Future<HubResponse> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
