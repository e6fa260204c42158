package vn.lienthong.it.reporting;

import jakarta.json.JsonObject;
import jakarta.xml.ws.BindingProvider;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.soap.v1.AggregateNode;
import vn.lienthong.it.soap.v1.GetAggregate;
import vn.lienthong.it.soap.v1.GetAggregateResponse;
import vn.lienthong.it.soap.v1.GetReportStatus;
import vn.lienthong.it.soap.v1.HubFaultDetail;
import vn.lienthong.it.soap.v1.ListObligations;
import vn.lienthong.it.soap.v1.ReportStatus;
import vn.lienthong.it.soap.v1.ReportValue;
import vn.lienthong.it.soap.v1.Reporting;
import vn.lienthong.it.soap.v1.ReportingService;
import vn.lienthong.it.soap.v1.SubmitReport;
import vn.lienthong.it.soap.v1.SubmitReportResponse;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.ServerControl;
import vn.lienthong.it.support.SoapFaults;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.reporting.ReportingFixture.as;
import static vn.lienthong.it.reporting.ReportingFixture.created;
import static vn.lienthong.it.reporting.ReportingFixture.ok;

/**
 * Reporting over SOAP (lienthong-reporting-v1.wsdl, client generated from it at build time): the
 * same submissions, refusals, receipts and aggregates as over REST.
 */
class ReportingSoapIT {

    private static Reporting port(String user, String password) throws Exception {
        ServerControl.awaitReady(Duration.ofSeconds(180));
        Reporting port = new ReportingService(URI.create(Hub.BASE_URL + "/soap/v1/reporting?wsdl").toURL()).getReportingPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, Hub.BASE_URL + "/soap/v1/reporting");
        context.put(BindingProvider.USERNAME_PROPERTY, user);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
        return port;
    }

    private static ReportValue value(String indicator, String row, String column, String number) {
        ReportValue v = new ReportValue();
        v.setIndicator(indicator);
        v.setRow(row);
        v.setColumn(column);
        v.setNumber(new BigDecimal(number));
        return v;
    }

    private static SubmitReport report(String regime, String period, String rate) {
        SubmitReport r = new SubmitReport();
        r.setRegime(regime);
        r.setPeriod(period);
        r.getValue().add(value("CT02", null, null, "12"));
        r.getValue().add(value("CT03", null, null, "10"));
        r.getValue().add(value("CT04", null, null, rate));
        r.getValue().add(value("CT05", null, null, "2"));
        r.getValue().add(value("CT06", null, null, "1.5"));
        r.getValue().add(value("CT08", "TT", "NHAN", "7"));
        r.getValue().add(value("CT08", "TTN", "NHAN", "5"));
        return r;
    }

    @Test
    void aDistrictReportsOverSoapAndItsProvinceReadsTheSameAggregateAsOverRest() throws Exception {
        ReportingFixture f = ReportingFixture.province(1, 1);
        String regime = ReportingFixture.uniqueRegimeCode("BC-WS");
        created(Hub.admin().postJson("/api/v1/admin/reporting/regimes", Regimes.monthly(regime, f)), "regime");
        String period = ReportingFixture.monthKey(ReportingFixture.currentMonthPeriod());
        created(as(f.province).postJson("/api/v1/reporting/regimes/" + regime + "/periods", "{\"period\": \"" + period + "\"}"), "open");
        Reporting district = port(f.district(1), Hub.SAMPLE_SECRET);

        assertThat(district.listObligations(new ListObligations()).getObligation())
                .anySatisfy(o -> {
                    assertThat(o.getRegime()).isEqualTo(regime);
                    assertThat(o.getStatus()).isEqualTo(ReportStatus.PENDING);
                });

        HubFaultDetail refused = SoapFaults.faultOf(() -> district.submitReport(report(regime, period, "130")));
        assertThat(refused.getCode()).isEqualTo("REPORT_INVALID");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getElement()).isEqualTo("values/CT04");
        assertThat(refused.getDetailVi()).contains("nằm ngoài khoảng");

        SubmitReportResponse submitted = district.submitReport(report(regime, period, "80"));
        assertThat(submitted.getSeq()).isEqualTo(1);
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.ON_TIME);
        assertThat(submitted.getValue()).anySatisfy(v -> {
            assertThat(v.getIndicator()).isEqualTo("VB01");
            assertThat(v.getNumber()).isEqualByComparingTo("0");
        });
        byte[] receipt = as(f.district(1)).get("/api/v1/reporting/submissions/" + submitted.getSubmissionId() + "/receipt").body();
        assertThat(submitted.getReceipt()).isEqualTo(receipt);
        JsonObject overRest = ok(as(f.district(1)).get("/api/v1/reporting/submissions/" + submitted.getSubmissionId()), "the submission");
        assertThat(overRest.getString("channel")).isEqualTo("SOAP");
        assertThat(overRest.getString("sha256")).isEqualTo(submitted.getSha256());

        HubFaultDetail noReason = SoapFaults.faultOf(() -> district.submitReport(report(regime, period, "80")));
        assertThat(noReason.getCode()).isEqualTo("INVALID_REQUEST");
        assertThat(noReason.getElement()).isEqualTo("reason");

        GetAggregate ask = new GetAggregate();
        ask.setRegime(regime);
        ask.setPeriod(period);
        GetAggregateResponse aggregate = port(f.province, Hub.SAMPLE_SECRET).getAggregate(ask);
        AggregateNode node = aggregate.getNode();
        assertThat(node.getAgency()).isEqualTo(f.province);
        assertThat(node.getRates().getExpected()).isEqualTo(3);
        assertThat(node.getRates().getSubmitted()).isEqualTo(1);
        assertThat(node.getValue()).anySatisfy(v -> {
            assertThat(v.getIndicator()).isEqualTo("CT02");
            assertThat(v.getNumber()).isEqualByComparingTo("12");
        });
        assertThat(node.getValue()).anySatisfy(v -> {
            assertThat(v.getIndicator()).isEqualTo("CT08");
            assertThat(v.getRow()).isEqualTo("TTN");
            assertThat(v.getColumn()).isEqualTo("NHAN");
            assertThat(v.getNumber()).isEqualByComparingTo("5");
        });
        assertThat(node.getUnit()).singleElement().satisfies(u -> assertThat(u.getAgency()).isEqualTo(f.district(1)));
        assertThat(aggregate.getMissing()).extracting(m -> m.getAgency()).containsExactlyInAnyOrder(f.province, f.commune(1, 1));
        JsonObject rest = ok(as(f.province).get("/api/v1/reporting/regimes/" + regime + "/periods/" + period + "/aggregate"), "REST aggregate");
        assertThat(rest.getJsonObject("node").getJsonObject("values").getInt("CT02")).isEqualTo(12);

        GetReportStatus status = new GetReportStatus();
        status.setRegime(regime);
        status.setPeriod(period);
        status.setAgency(f.district(1));
        assertThat(port(f.province, Hub.SAMPLE_SECRET).getReportStatus(status).getObligation().getStatus()).isEqualTo(ReportStatus.ON_TIME);
        ask.setAgency(f.province);
        Reporting bystander = port("000.00.00.H41", Hub.SAMPLE_SECRET);
        HubFaultDetail notYours = SoapFaults.faultOf(() -> bystander.getAggregate(ask));
        assertThat(notYours.getCode()).isEqualTo("NOT_YOUR_REPORT");
        assertThat(notYours.getStatus()).isEqualTo(403);
    }
}
