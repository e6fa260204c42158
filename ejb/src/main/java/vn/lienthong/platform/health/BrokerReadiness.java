package vn.lienthong.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the message broker (embedded or external) opens a session. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = "jms/lienthong/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("broker");
        try (JMSContext probe = connectionFactory.createContext()) {
            probe.createProducer();
            return answer.up().build();
        } catch (JMSRuntimeException e) {
            return answer.down().withData("problem", "the message broker is unreachable / không kết nối được máy chủ thông điệp: "
                    + e.getMessage()).build();
        }
    }
}
