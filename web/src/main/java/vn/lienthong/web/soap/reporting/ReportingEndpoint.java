package vn.lienthong.web.soap.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.reporting.aggregation.AggregateView;
import vn.lienthong.reporting.aggregation.AggregationService;
import vn.lienthong.reporting.obligation.ObligationView;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.submission.RawValue;
import vn.lienthong.reporting.submission.ReportInput;
import vn.lienthong.reporting.submission.ReportSubmissionService;
import vn.lienthong.reporting.submission.SubmissionSource;
import vn.lienthong.reporting.submission.SubmissionView;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.web.security.HubAuthenticationMechanism;
import vn.lienthong.web.soap.SoapFaults;
import vn.lienthong.web.soap.SoapTimes;
import vn.lienthong.web.soap.v1.GetAggregate;
import vn.lienthong.web.soap.v1.GetAggregateResponse;
import vn.lienthong.web.soap.v1.GetReportStatus;
import vn.lienthong.web.soap.v1.GetReportStatusResponse;
import vn.lienthong.web.soap.v1.HubFault;
import vn.lienthong.web.soap.v1.ListObligations;
import vn.lienthong.web.soap.v1.ListObligationsResponse;
import vn.lienthong.web.soap.v1.Reporting;
import vn.lienthong.web.soap.v1.SubmitReport;
import vn.lienthong.web.soap.v1.SubmitReportResponse;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * National reporting over SOAP ({@code /soap/v1/reporting}, mapped in web.xml; contract
 * lienthong-reporting-v1.wsdl): the same services, the same access rules and the same refusal
 * codes as {@code /api/v1/reporting}, one service call per operation.
 */
@WebService(serviceName = "ReportingService", portName = "ReportingPort", targetNamespace = "urn:lienthong:soap:v1",
        endpointInterface = "vn.lienthong.web.soap.v1.Reporting", wsdlLocation = "WEB-INF/wsdl/lienthong-reporting-v1.wsdl")
public class ReportingEndpoint implements Reporting {

    @Resource
    WebServiceContext context;

    @EJB
    PeriodService periods;

    @EJB
    ReportSubmissionService submissions;

    @EJB
    AggregationService aggregation;

    @Override
    public ListObligationsResponse listObligations(ListObligations request) throws HubFault {
        Caller caller = caller();
        List<ObligationView> owed = SoapFaults.answer(() -> periods.mine(caller, 200));
        ListObligationsResponse response = new ListObligationsResponse();
        owed.forEach(o -> response.getObligation().add(ReportingMessages.obligation(o)));
        return response;
    }

    @Override
    public SubmitReportResponse submitReport(SubmitReport request) throws HubFault {
        Caller caller = caller();
        List<RawValue> values = new ArrayList<>();
        for (vn.lienthong.web.soap.v1.ReportValue v : request.getValue()) {
            Cell cell = Cell.of(v.getIndicator(), v.getRow(), v.getColumn());
            values.add(new RawValue(cell, v.getNumber(), v.getNumber() == null ? (v.getText() == null ? "" : v.getText()) : null,
                    Optional.ofNullable(v.getUnit())));
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        request.getCorrection().forEach(c -> corrections.put(c.getIndicator(), c.getReason()));
        ReportInput input = new ReportInput(values, corrections, Optional.ofNullable(request.getReason()));
        SubmissionView s = SoapFaults.answer(() -> submissions.submit(caller, request.getRegime(), request.getPeriod(), input,
                SubmissionSource.SOAP));
        SubmitReportResponse response = new SubmitReportResponse();
        response.setSubmissionId(s.id());
        response.setSeq(s.seq());
        response.setSubmittedAt(SoapTimes.of(s.submittedAt().toInstant()));
        response.setLate(s.late());
        response.setStatus(vn.lienthong.web.soap.v1.ReportStatus.fromValue(s.status()));
        response.setSha256(s.sha256());
        response.getValue().addAll(ReportingMessages.values(s.values()));
        response.getWarning().addAll(s.warnings());
        response.setReceipt(Base64.getDecoder().decode(s.receipt()));
        return response;
    }

    @Override
    public GetAggregateResponse getAggregate(GetAggregate request) throws HubFault {
        Caller caller = caller();
        AgencyCode agency = agency(caller, request.getAgency());
        AggregateView a = SoapFaults.answer(() -> aggregation.aggregate(caller, request.getRegime(), request.getPeriod(), agency,
                request.getDepth()));
        GetAggregateResponse response = new GetAggregateResponse();
        response.setRegime(a.regime());
        response.setPeriod(a.period());
        response.setAsOf(SoapTimes.of(a.asOf().toInstant()));
        response.setNode(ReportingMessages.node(a.node()));
        a.missing().forEach(m -> response.getMissing().add(ReportingMessages.missing(a, m)));
        return response;
    }

    @Override
    public GetReportStatusResponse getReportStatus(GetReportStatus request) throws HubFault {
        Caller caller = caller();
        AgencyCode agency = agency(caller, request.getAgency());
        ObligationView o = SoapFaults.answer(() -> periods.obligation(caller, request.getRegime(), request.getPeriod(), agency));
        GetReportStatusResponse response = new GetReportStatusResponse();
        response.setObligation(ReportingMessages.obligation(o));
        return response;
    }

    private Caller caller() throws HubFault {
        if (context.getUserPrincipal() == null) {
            throw new IllegalStateException("No authenticated caller on a protected SOAP endpoint");
        }
        String name = context.getUserPrincipal().getName();
        if (context.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(name);
        }
        return SoapFaults.answer(() -> Caller.agency(AgencyCode.of(name)));
    }

    private static AgencyCode agency(Caller caller, String asked) throws HubFault {
        if (asked != null && !asked.isBlank()) {
            return SoapFaults.answer(() -> AgencyCode.of(asked.strip()));
        }
        return caller.agency().orElseThrow(() -> SoapFaults.of("INVALID_REQUEST", "Name the agency (agency)", "Cần mã cơ quan (agency)", "agency"));
    }

}
