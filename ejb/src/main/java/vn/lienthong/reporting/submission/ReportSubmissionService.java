package vn.lienthong.reporting.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.crypto.Sha256;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.platform.NotAllowedException;
import vn.lienthong.reporting.NotYourReportException;
import vn.lienthong.reporting.Views;
import vn.lienthong.reporting.event.ReportingEventKind;
import vn.lienthong.reporting.event.ReportingEvents;
import vn.lienthong.reporting.obligation.NoObligationException;
import vn.lienthong.reporting.obligation.Obligation;
import vn.lienthong.reporting.prefill.HubFigures;
import vn.lienthong.reporting.obligation.ObligationRepository;
import vn.lienthong.reporting.obligation.PeriodClosedException;
import vn.lienthong.reporting.obligation.PeriodRepository;
import vn.lienthong.reporting.obligation.PeriodService;
import vn.lienthong.reporting.obligation.ReportPeriod;
import vn.lienthong.reporting.obligation.ReportingAccess;
import vn.lienthong.reporting.period.PeriodKey;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.IndicatorSource;
import vn.lienthong.reporting.regime.Regime;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.regime.RegimeService;
import vn.lienthong.reporting.validation.RuleViolation;
import vn.lienthong.reporting.validation.ValidationRule;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;
import vn.lienthong.signature.hubkey.HubSigning;
import vn.lienthong.exchange.receipt.ReceiptContent;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Takes reports: checks a submission against the regime version of its period, keeps it with
 * every earlier one, signs its receipt, and answers the whole result in one call whatever the
 * channel (REST, SOAP, the axis, the interchange). Reporters, recipients up the chain, the issuer
 * and administrators read submissions.
 */
@Stateless
public class ReportSubmissionService {

    private static final Logger LOG = Logger.getLogger(ReportSubmissionService.class.getName());

    @EJB
    RegimeService regimes;

    @EJB
    PeriodService periodService;

    @Inject
    PeriodRepository periods;

    @Inject
    ObligationRepository obligations;

    @Inject
    SubmissionRepository submissions;

    @Inject
    HubFigures hubFigures;

    @EJB
    HubSigning hub;

    @Inject
    ReportingEvents events;

    @Inject
    Clock clock;

    /** A report in its JSON form ({@link ReportJson}), read against the regime version of the period. */
    public SubmissionView submit(Caller caller, String regimeCode, String periodText, jakarta.json.JsonObject body, SubmissionSource source) {
        ReportPeriod period = periodService.period(regimeCode, periodText);
        return submit(caller, regimeCode, periodText, ReportJson.read(body, regimes.version(regimeCode, period.regimeVersion()).definition()),
                source);
    }

    public SubmissionView submit(Caller caller, String regimeCode, String periodText, ReportInput input, SubmissionSource source) {
        AgencyCode reporter = caller.agency().orElseThrow(() -> new NotAllowedException(
                "Reports are submitted by the reporting agency's own software", "Báo cáo do phần mềm của chính cơ quan báo cáo gửi"));
        Regime regime = regimes.regime(regimeCode);
        ReportPeriod period = periodService.period(regimeCode, periodText);
        RegimeDefinition definition = regimes.version(regimeCode, period.regimeVersion()).definition();
        if (definition.signatureRequired() && !source.validSignature()) {
            throw new ReportSignatureRequiredException(regimeCode);
        }
        Obligation obligation = obligations.lock(period.id(), reporter)
                .orElseThrow(() -> new NoObligationException(reporter, regimeCode, periodText));
        if (obligation.closedAt().isPresent()) {
            throw new PeriodClosedException(regimeCode, period.key().text(), obligation.recipient());
        }
        if (source.channel() == SubmissionChannel.AXIS && !source.addressedTo().contains(obligation.recipient())) {
            throw new ReportInvalidException(List.of(new ReportProblem("MessageHeader/To",
                    "the report is due to " + obligation.recipient() + ": address the package to it",
                    "báo cáo phải gửi " + obligation.recipient() + ": hãy gửi gói tin đến cơ quan này")));
        }
        if (obligation.submissionCount() > 0 && input.reason().isEmpty()) {
            throw new InvalidRequestException("reason", "A corrected report says why it replaces the one sent "
                    + Views.local(obligation.lastSubmittedAt().orElseThrow()) + " (reason)",
                    "Báo cáo điều chỉnh cần ghi lý do thay thế báo cáo đã gửi lúc " + Views.local(obligation.lastSubmittedAt().orElseThrow()) + " (reason)");
        }
        if (input.reason().map(r -> r.length() > ReportValidator.MAX_REASON).orElse(false)) {
            throw new InvalidRequestException("reason", "reason is at most " + ReportValidator.MAX_REASON + " characters",
                    "lý do dài tối đa " + ReportValidator.MAX_REASON + " ký tự");
        }
        // Report data from another system carries that system's own figures: the hub does not pre-fill or check them.
        Map<String, BigDecimal> hub = source.channel() == SubmissionChannel.INTERCHANGE ? Map.of()
                : hubFigures.of(definition, obligation, period, clock.instant()).byIndicator();
        ValidatedReport report = ReportValidator.validate(definition, input, hub, previous(definition, period, reporter));
        Instant now = clock.instant();
        boolean late = !now.isBefore(obligation.dueAt());
        String sha256 = Sha256.hex(report.data().canonicalBytes());
        Submission submission = new Submission(obligation.id(), now, caller.name(), source.channel(),
                obligation.submissionCount() > 0 ? input.reason().orElseThrow() : input.reason().orElse(null),
                source.documentId().orElse(null), sha256, late, warnings(report.warnings()));
        submission.numbered(obligation.submitted(submission.id(), now, regimeCode, period.key().text()));
        submissions.add(submission, values(submission.id(), report));
        sign(submission, reporter, obligation.recipient());
        ReportingEventKind kind = submission.seq() > 1 ? ReportingEventKind.CORRECTED
                : late ? ReportingEventKind.SUBMITTED_LATE : ReportingEventKind.SUBMITTED;
        events.record(kind, regimeCode, period.key().text(), reporter, obligation.recipient(), obligation.dueAt(), caller.name(),
                submission.reason().orElse(null));
        LOG.log(Level.INFO, "Reporting: {0} submitted {1} {2} ({3}, #{4}{5})",
                new Object[]{reporter, regimeCode, period.key(), source.channel(), submission.seq(), late ? ", late" : ""});
        return view(regime.code(), period, obligation, submission, report.data(), report.corrections(), definition, now, true);
    }

    /** The reporter's current figures of the period before, when a rule reads them. */
    private ReportData previous(RegimeDefinition definition, ReportPeriod period, AgencyCode reporter) {
        if (definition.rules().stream().noneMatch(ValidationRule::usesPrevious)) {
            return ReportData.EMPTY;
        }
        Optional<PeriodKey> before = period.key().previous();
        return before.flatMap(key -> periods.find(period.regimeCode(), key))
                .flatMap(p -> obligations.find(p.id(), reporter))
                .flatMap(Obligation::currentSubmissionId)
                .map(submissions::data)
                .orElse(ReportData.EMPTY);
    }

    private static List<SubmittedValue> values(String submissionId, ValidatedReport report) {
        List<SubmittedValue> values = new ArrayList<>();
        for (Cell cell : report.data().cells()) {
            Correction correction = cell.scalar() ? report.corrections().get(cell.indicator()) : null;
            values.add(new SubmittedValue(submissionId, cell, report.data().number(cell).orElse(null),
                    report.data().text(cell).orElse(null), correction));
        }
        return values;
    }

    private static String warnings(List<RuleViolation> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        return warnings.stream().map(w -> w.rule() + " (" + w.formula() + "): " + w.message().vi() + " / " + w.message().en())
                .collect(Collectors.joining("\n"));
    }

    /** The receipt the hub signs (as it signs document receipts): the submission, its figures' SHA-256, reporter and recipient. */
    private void sign(Submission submission, AgencyCode reporter, AgencyCode recipient) {
        ReceiptContent content = new ReceiptContent("report", submission.id(), submission.documentId().orElse(null),
                submission.sha256(), reporter.value(), List.of(recipient.value()), submission.submittedAt());
        ReceiptSigner.Signed signed;
        try {
            signed = hub.signer().signReceipt(content.bytes());
        } catch (ReceiptSigner.TimestampUnavailable e) {
            LOG.log(Level.WARNING, "Report receipt {0} signed without a timestamp: the TSA did not answer ({1})",
                    new Object[]{submission.id(), e.getMessage()});
            signed = e.withoutTimestamp();
        }
        submission.receipt(signed.cms(), signed.timestamped());
    }

    /** Every submission of one reporter for one period, oldest first, with who, when and why. */
    public List<SubmissionView> history(Caller caller, String regimeCode, String periodText, AgencyCode agency) {
        ReportPeriod period = periodService.period(regimeCode, periodText);
        Obligation obligation = obligations.find(period.id(), agency).orElseThrow(() -> new NoObligationException(agency, regimeCode, periodText));
        ReportingAccess.requireRead(caller, regimes.regime(regimeCode).issuer(), obligation);
        RegimeDefinition definition = regimes.version(regimeCode, period.regimeVersion()).definition();
        Instant now = clock.instant();
        List<SubmissionView> views = new ArrayList<>();
        for (Submission s : submissions.ofObligation(obligation.id())) {
            List<SubmittedValue> values = submissions.values(s.id());
            views.add(view(regimeCode, period, obligation, s, SubmissionRepository.data(values), corrections(values), definition, now, false));
        }
        return views;
    }

    public SubmissionView get(Caller caller, String submissionId) {
        Submission s = submissions.find(submissionId).orElseThrow(() -> new UnknownSubmissionException(submissionId));
        Obligation obligation = obligations.byId(s.obligationId());
        ReportPeriod period = periods.byId(obligation.periodId()).orElseThrow();
        ReportingAccess.requireRead(caller, regimes.regime(period.regimeCode()).issuer(), obligation);
        List<SubmittedValue> values = submissions.values(s.id());
        return view(period.regimeCode(), period, obligation, s, SubmissionRepository.data(values), corrections(values),
                regimes.version(period.regimeCode(), period.regimeVersion()).definition(), clock.instant(), true);
    }

    /** The signed receipt (CMS, DER): for the reporter, and whoever may read the report. */
    public byte[] receipt(Caller caller, String submissionId) {
        Submission s = submissions.find(submissionId).orElseThrow(() -> new UnknownSubmissionException(submissionId));
        Obligation obligation = obligations.byId(s.obligationId());
        ReportPeriod period = periods.byId(obligation.periodId()).orElseThrow();
        ReportingAccess.requireRead(caller, regimes.regime(period.regimeCode()).issuer(), obligation);
        return s.receiptCms().orElseThrow(() -> new NotYourReportException("a receipt not yet made", caller.name()));
    }

    private static Map<String, Correction> corrections(List<SubmittedValue> values) {
        Map<String, Correction> found = new HashMap<>();
        values.forEach(v -> v.correction().ifPresent(c -> found.put(v.cell().indicator(), c)));
        return found;
    }

    private SubmissionView view(String regimeCode, ReportPeriod period, Obligation obligation, Submission s, ReportData data,
                                Map<String, Correction> corrections, RegimeDefinition definition, Instant now, boolean withReceipt) {
        Map<String, SubmissionView.CorrectionView> corrected = new LinkedHashMap<>();
        corrections.forEach((code, c) -> corrected.put(code, new SubmissionView.CorrectionView(c.hubValue().stripTrailingZeros(), c.reason())));
        return new SubmissionView(s.id(), regimeCode, period.key().text(), period.regimeVersion(), obligation.agency().value(),
                obligation.recipient().value(), s.seq(), Views.local(s.submittedAt()), s.submittedBy(), s.channel().name(),
                s.reason().orElse(null), s.documentId().orElse(null), s.sha256(), s.late(), obligation.status(now).name(),
                ReportJson.write(data, definition), corrected,
                s.warnings().map(w -> List.of(w.split("\n"))).orElse(List.of()), s.receiptTimestamped(),
                withReceipt ? s.receiptCms().map(java.util.Base64.getEncoder()::encodeToString).orElse(null) : null);
    }

    /** The hub's own figures for the caller's report of a period: what it pre-fills for confirmation. */
    public PrefillView prefill(Caller caller, String regimeCode, String periodText, Optional<AgencyCode> of) {
        ReportPeriod period = periodService.period(regimeCode, periodText);
        AgencyCode reporter = of.or(caller::agency).orElseThrow(() -> new InvalidRequestException("agency",
                "Name the reporting agency (agency)", "Cần mã cơ quan báo cáo (agency)"));
        Obligation obligation = obligations.find(period.id(), reporter).orElseThrow(() -> new NoObligationException(reporter, regimeCode, periodText));
        ReportingAccess.requireRead(caller, regimes.regime(regimeCode).issuer(), obligation);
        RegimeDefinition definition = regimes.version(regimeCode, period.regimeVersion()).definition();
        HubFigures.Figures hub = hubFigures.of(definition, obligation, period, clock.instant());
        Map<String, BigDecimal> figures = hub.byIndicator();
        List<PrefillView.Figure> listed = new ArrayList<>();
        for (Indicator indicator : definition.indicators()) {
            indicator.computed().ifPresent(source -> listed.add(new PrefillView.Figure(indicator.code(), indicator.name().vi(),
                    source.name(), figures.get(indicator.code()))));
        }
        return new PrefillView(regimeCode, period.key().text(), reporter.value(), period.window().from(), period.window().cutOff(),
                Views.local(hub.computedAt()), hub.frozen(), listed);
    }
}
