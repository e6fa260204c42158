package vn.lienthong.exchange.monitor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.exchange.delivery.DeliveryRepository;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.edxml.StatusCode;
import vn.lienthong.exchange.status.StatusReportRepository;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.time.HubClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The axis's traffic per day for the administrators' console: every agency together, days in the
 * hub's time zone (a Vietnamese office day, not UTC's).
 */
@Stateless
public class ExchangeTraffic {

    /** A longer span is a report, not a dashboard (reporting's axis statistics serve those). */
    static final int MAX_DAYS = 92;

    @Inject
    DocumentRepository documents;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    StatusReportRepository statuses;

    @Inject
    Clock clock;

    /** The last {@code days} days up to and including today. */
    public List<TrafficDayView> lastDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days", "days must be between 1 and " + MAX_DAYS,
                    "số ngày phải từ 1 đến " + MAX_DAYS);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), HubClock.ZONE);
        List<TrafficDayView> result = new ArrayList<>(days);
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            Instant from = day.atStartOfDay(HubClock.ZONE).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(HubClock.ZONE).toInstant();
            result.add(new TrafficDayView(day, documents.countReceived(from, to), documents.countSigned(from, to),
                    deliveries.countDelivered(from, to), statuses.countWithCode(StatusCode.REJECTED.code(), from, to)));
        }
        return result;
    }
}
