package vn.lienthong.web.console.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.lienthong.alert.AlertService;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.exchange.monitor.ExchangeTraffic;
import vn.lienthong.exchange.monitor.TrafficDayView;
import vn.lienthong.exchange.push.PushService;
import vn.lienthong.platform.outbox.OutboxService;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueueCount;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.statistics.DossierStatistics;
import vn.lienthong.procedure.statistics.OneStopCounts;
import vn.lienthong.procedure.statistics.ReportingPeriod;
import vn.lienthong.procedure.statistics.StatisticsGrouping;
import vn.lienthong.web.console.SvgChart;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard (tổng quan): the last two weeks of traffic with the signed ratio, this month's
 * dossiers on time, queue backlogs, the alerts active now and agencies whose pushes died.
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    static final int DAYS = 14;

    @Inject
    ExchangeTraffic traffic;

    @Inject
    OutboxService outbox;

    @Inject
    PushService pushes;

    @Inject
    DossierStatistics dossiers;

    @Inject
    AlertService alerts;

    @Inject
    Clock clock;

    private List<TrafficDayView> days;
    private List<QueueRow> queues;
    private List<FailingAgency> failing;
    private OneStopCounts dossierMonth;
    private int activeAlerts;

    /** One durable queue: how many items wait, are being sent, and failed for good. */
    public record QueueRow(String queue, long pending, long failed, long sent) {
    }

    /** An agency whose pushes used up their schedule, and how many. */
    public record FailingAgency(String agency, long deadPushes) {
    }

    @PostConstruct
    void load() {
        days = traffic.lastDays(DAYS);
        Map<String, Map<OutboxState, Long>> byQueue = new TreeMap<>();
        for (QueueCount c : outbox.counts()) {
            byQueue.computeIfAbsent(c.queue(), q -> new TreeMap<>()).merge(c.state(), c.count(), Long::sum);
        }
        queues = byQueue.entrySet().stream().map(e -> new QueueRow(e.getKey(),
                e.getValue().getOrDefault(OutboxState.PENDING, 0L),
                e.getValue().getOrDefault(OutboxState.FAILED, 0L),
                e.getValue().getOrDefault(OutboxState.SENT, 0L))).toList();
        failing = pushes.deadLetters(Optional.empty(), Optional.empty(), 500).items().stream()
                .collect(Collectors.groupingBy(d -> d.recipient().value(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> new FailingAgency(e.getKey(), e.getValue()))
                .sorted((a, b) -> Long.compare(b.deadPushes(), a.deadPushes())).toList();
        dossierMonth = dossiers.report(ReportingPeriod.parse(YearMonth.now(clock.withZone(HubClock.ZONE)).toString()),
                StatisticsGrouping.AGENCY, Optional.empty(), Optional.empty()).total();
        activeAlerts = alerts.active(Caller.administrator(
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName())).size();
    }

    /** How many alerts are raised and not cleared: the dashboard's card links to the alerts page. */
    public int getActiveAlerts() {
        return activeAlerts;
    }

    /** This month's dossiers of every agency: the on-time rate and the overdue work. */
    public OneStopCounts getDossierMonth() {
        return dossierMonth;
    }

    public List<TrafficDayView> getDays() {
        return days;
    }

    public List<QueueRow> getQueues() {
        return queues;
    }

    public List<FailingAgency> getFailing() {
        return failing;
    }

    public long getSent() {
        return sum(TrafficDayView::sent);
    }

    public long getSigned() {
        return sum(TrafficDayView::signed);
    }

    public long getDelivered() {
        return sum(TrafficDayView::delivered);
    }

    public long getRefused() {
        return sum(TrafficDayView::refused);
    }

    public long getBacklog() {
        return queues.stream().mapToLong(QueueRow::pending).sum();
    }

    public long getFailed() {
        return queues.stream().mapToLong(QueueRow::failed).sum();
    }

    private long sum(Function<TrafficDayView, Long> figure) {
        return days.stream().mapToLong(figure::apply).sum();
    }

    public String getTrafficChart() {
        ResourceBundle msg = bundle();
        return SvgChart.bars(msg.getString("dashboard.traffic"),
                days.stream().map(d -> String.format("%02d/%02d", d.day().getDayOfMonth(), d.day().getMonthValue())).toList(),
                List.of(new SvgChart.Series(msg.getString("dashboard.sent"), "#1f6fb2", days.stream().map(TrafficDayView::sent).toList()),
                        new SvgChart.Series(msg.getString("dashboard.delivered"), "#2e8b57", days.stream().map(TrafficDayView::delivered).toList()),
                        new SvgChart.Series(msg.getString("dashboard.refused"), "#c0392b", days.stream().map(TrafficDayView::refused).toList())));
    }

    public String getQueueChart() {
        ResourceBundle msg = bundle();
        return SvgChart.bars(msg.getString("dashboard.queues"), queues.stream().map(QueueRow::queue).toList(),
                List.of(new SvgChart.Series(msg.getString("queue.pending"), "#d68910", queues.stream().map(QueueRow::pending).toList()),
                        new SvgChart.Series(msg.getString("queue.failed"), "#c0392b", queues.stream().map(QueueRow::failed).toList())));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
