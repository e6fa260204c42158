package vn.lienthong.alert.condition;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;

/**
 * Whether the message broker answers: a session opened through the application's connection factory.
 * The value is the failed probes in a row on this server, so one slow answer does not raise.
 */
@ApplicationScoped
public class BrokerReachability implements Condition {

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    private final ProbeFailures failures = new ProbeFailures();

    @Override
    public AlertKind kind() {
        return AlertKind.BROKER_UNREACHABLE;
    }

    @Override
    public Observation observe(long threshold) {
        String problem;
        try (JMSContext probe = connectionFactory.createContext()) {
            probe.createProducer();
            problem = null;
        } catch (JMSRuntimeException e) {
            problem = e.toString();
        }
        int inARow = failures.record(problem == null);
        return problem == null
                ? Observation.of(kind(), 0, "The message broker answers", "Máy chủ thông điệp trả lời bình thường")
                : Observation.of(kind(), inARow, "The message broker did not answer " + inARow + " probe(s) in a row: " + problem
                + "; submissions are refused with 503 meanwhile", "Máy chủ thông điệp không trả lời " + inARow
                + " lần liên tiếp: " + problem + "; trong lúc đó văn bản gửi đến bị từ chối (503)");
    }
}
