package vn.lienthong.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready while a connection of the data source answers {@code isValid} within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            answer.withData("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return answer.up().build();
            }
            return answer.down().withData("problem", "the database did not answer within " + TIMEOUT_SECONDS
                    + " s / cơ sở dữ liệu không trả lời").build();
        } catch (SQLException e) {
            return answer.down().withData("problem", "no connection to the database / không kết nối được cơ sở dữ liệu: "
                    + e.getMessage()).build();
        }
    }
}
