package vn.lienthong.web.soap.reporting;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.reporting.aggregation.AggregateView;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.AggregateNode;
import vn.lienthong.web.soap.v1.Obligation;
import vn.lienthong.web.soap.v1.Rates;
import vn.lienthong.web.soap.v1.ReportStatus;
import vn.lienthong.web.soap.v1.ReportValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Views of the reporting services as the reporting port's message types. */
final class ReportingMessages {

    private ReportingMessages() {
    }

    static Obligation obligation(ObligationView o) {
        Obligation m = new Obligation();
        m.setRegime(o.regime());
        m.setPeriod(o.period());
        m.setAgency(o.agency());
        m.setRecipient(o.recipient());
        m.setLevel(o.level());
        m.setDueAt(SoapTimes.of(o.dueAt().toInstant()));
        m.setStatus(ReportStatus.fromValue(o.status()));
        m.setFirstSubmittedAt(o.firstSubmittedAt() == null ? null : SoapTimes.of(o.firstSubmittedAt().toInstant()));
        m.setSubmissions(o.submissions());
        m.setClosed(o.closed());
        return m;
    }

    static Obligation missing(AggregateView a, AggregateView.MissingView missing) {
        Obligation m = new Obligation();
        m.setRegime(a.regime());
        m.setPeriod(a.period());
        m.setAgency(missing.agency());
        m.setRecipient(missing.recipient());
        m.setLevel(missing.level());
        m.setDueAt(SoapTimes.of(missing.dueAt().toInstant()));
        m.setStatus(ReportStatus.fromValue(missing.status()));
        m.setSubmissions(0);
        m.setClosed(false);
        return m;
    }

    static AggregateNode node(AggregateView.NodeView n) {
        AggregateNode m = new AggregateNode();
        m.setAgency(n.agency());
        m.setName(n.name());
        m.setLevel(n.level());
        m.setStatus(n.status() == null ? null : ReportStatus.fromValue(n.status()));
        m.getValue().addAll(values(n.values()));
        if (n.own() != null) {
            m.getOwnValue().addAll(values(n.own()));
        }
        Rates rates = new Rates();
        AggregateView.RateView total = n.rates().total();
        rates.setExpected(total.expected());
        rates.setSubmitted(total.submitted());
        rates.setOnTime(total.onTime());
        rates.setLate(total.late());
        rates.setOverdue(total.overdue());
        m.setRates(rates);
        n.units().forEach(u -> m.getUnit().add(node(u)));
        return m;
    }

    /** Figures in the regime's JSON form (tables by row, lists as arrays) as one value per cell. */
    static List<ReportValue> values(JsonObject figures) {
        List<ReportValue> values = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : figures.entrySet()) {
            JsonValue v = e.getValue();
            if (v instanceof JsonObject rows) {
                rows.forEach((row, cells) -> cells(values, e.getKey(), row, cells.asJsonObject()));
            } else if (v instanceof JsonArray list) {
                for (int i = 0; i < list.size(); i++) {
                    cells(values, e.getKey(), String.valueOf(i + 1), list.getJsonObject(i));
                }
            } else {
                values.add(value(e.getKey(), null, null, v));
            }
        }
        return values;
    }

    private static void cells(List<ReportValue> values, String indicator, String row, JsonObject cells) {
        cells.forEach((column, v) -> values.add(value(indicator, row, column, v)));
    }

    private static ReportValue value(String indicator, String row, String column, JsonValue v) {
        ReportValue m = new ReportValue();
        m.setIndicator(indicator);
        m.setRow(row);
        m.setColumn(column);
        if (v instanceof JsonNumber n) {
            m.setNumber(n.bigDecimalValue());
        } else if (v instanceof JsonString s) {
            m.setText(s.getString());
        }
        return m;
    }
}
