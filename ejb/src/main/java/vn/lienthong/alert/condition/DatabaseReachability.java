package vn.lienthong.alert.condition;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the database answers: a connection of the application's data source that proves valid within
 * {@value #TIMEOUT_SECONDS} s. The value is the failed probes in a row on this server.
 */
@ApplicationScoped
public class DatabaseReachability implements Condition {

    static final int TIMEOUT_SECONDS = 5;

    @Resource(lookup = "jdbc/lienthong")
    DataSource dataSource;

    private final ProbeFailures failures = new ProbeFailures();

    @Override
    public AlertKind kind() {
        return AlertKind.DATABASE_UNREACHABLE;
    }

    @Override
    public Observation observe(long threshold) {
        String problem;
        try (Connection connection = dataSource.getConnection()) {
            problem = connection.isValid(TIMEOUT_SECONDS) ? null : "the connection did not prove valid";
        } catch (SQLException e) {
            problem = e.toString();
        }
        int inARow = failures.record(problem == null);
        return problem == null
                ? Observation.of(kind(), 0, "The database answers", "Cơ sở dữ liệu trả lời bình thường")
                : Observation.of(kind(), inARow, "The database did not answer " + inARow + " probe(s) in a row: " + problem,
                "Cơ sở dữ liệu không trả lời " + inARow + " lần liên tiếp: " + problem);
    }
}
