package vn.lienthong.alert.condition;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.alert.raise.AlertBook;
import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.raise.RuleSetting;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.time.Durations;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures every rule's condition at {@code lienthong.alert.interval} on this server's timer (as the
 * outbox relay sends its queues) and records each observation in a transaction of its own
 * ({@link AlertBook}). Every server of a cluster evaluates; the rule row decides which one raises or
 * clears, so the mail goes out once. The database is probed first: while it does not answer nothing
 * else can be read or recorded, and {@link DatabaseOutage} tells the recipients directly.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertEvaluator {

    private static final Logger LOG = Logger.getLogger(AlertEvaluator.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @Any
    Instance<Condition> beans;

    @EJB
    AlertBook book;

    @Inject
    DatabaseOutage databaseOutage;

    @Inject
    @ConfigProperty(name = "lienthong.alert.interval", defaultValue = "1m")
    String interval;

    private final Map<AlertKind, Condition> conditions = new EnumMap<>(AlertKind.class);
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<AlertKind, String> problems = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        for (Condition condition : beans) {
            conditions.put(condition.kind(), condition);
        }
        long every = Durations.parse(interval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("alert evaluation", false));
        LOG.log(Level.INFO, "Alert rules are evaluated every {0} (lienthong.alert.interval)", Duration.ofMillis(every));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still measuring
        }
        try {
            evaluate();
        } finally {
            running.set(false);
        }
    }

    private void evaluate() {
        Observation database = conditions.get(AlertKind.DATABASE_UNREACHABLE)
                .observe(databaseOutage.threshold());
        if (database.value().orElse(0L) > 0) {
            databaseOutage.failing(database);
            return;
        }
        List<RuleSetting> settings;
        try {
            settings = book.settings();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert rules could not be read; the next round tries again: {0}", e.toString());
            return;
        }
        databaseOutage.answered(settings);
        for (RuleSetting rule : settings) {
            if (rule.measured()) {
                evaluate(rule, rule.kind() == AlertKind.DATABASE_UNREACHABLE ? database : null);
            }
        }
    }

    private void evaluate(RuleSetting rule, Observation measured) {
        Condition condition = conditions.get(rule.kind());
        if (condition == null) {
            return;
        }
        try {
            Observation observation = measured != null ? measured : condition.observe(rule.threshold());
            // Another server recording the same change at the same moment wins the rule row; this one then leaves it.
            ConcurrentUpdates.unlessLostRace(() -> Optional.of(book.record(observation)));
            problems.remove(rule.kind());
        } catch (RuntimeException e) {
            // Once per new problem, not every round: a rule that cannot be measured would fill the log.
            String problem = e.toString();
            boolean isNew = !problem.equals(problems.put(rule.kind(), problem));
            LOG.log(isNew ? Level.WARNING : Level.FINE, "Alert rule {0} could not be evaluated; the next round tries again",
                    rule.kind().code());
            if (isNew) {
                LOG.log(Level.WARNING, "Cause", e);
            }
        }
    }
}
