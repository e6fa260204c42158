package vn.lienthong.exchange.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.exchange.document.Document;
import vn.lienthong.exchange.document.DocumentRepository;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.exchange.document.UnknownDocumentException;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.jobs.JobRunView;
import vn.lienthong.platform.text.Texts;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retention for administrators (the REST API calls only this): the rules per category, a document's
 * retention state and its legal hold, and the runs of the retention job. Every method is for
 * administrators only; every change is written to the audit log in its transaction.
 */
@Stateless
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    static final int MAX_REASON = 1000;

    @Inject
    RetentionRuleRepository rules;

    @Inject
    DocumentRepository documents;

    @Inject
    RetentionRuns runs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every rule, by category. */
    public List<RetentionRuleView> rules(Caller caller) {
        administrator(caller, "read retention rules", "xem quy tắc lưu trữ");
        return rules.all().stream().map(RetentionRuleView::of).toList();
    }

    /** Sets the rule of a category, creating it when the category has none; it applies from the next run. */
    public RetentionRuleView setRule(Caller caller, RetentionCategory category, int periodDays, Disposal disposal) {
        String by = administrator(caller, "change retention rules", "thay đổi quy tắc lưu trữ");
        var found = rules.find(category);
        RetentionRuleView before = found.map(RetentionRuleView::of).orElse(null);
        RetentionRule rule;
        if (found.isPresent()) {
            rule = found.get();
            rule.change(periodDays, disposal, by, clock.instant());
        } else {
            rule = new RetentionRule(category, periodDays, disposal, by, clock.instant());
            rules.add(rule);
        }
        RetentionRuleView after = RetentionRuleView.of(rule);
        audit.record(by, "retention.rule-change", category.value(), before, after);
        LOG.log(Level.INFO, "Retention rule {0} set by {1}: {2} days, {3}", new Object[]{category, by, periodDays, disposal});
        return after;
    }

    /** Removes a category's own rule (its documents fall back to their Type's rule, or DEFAULT); DEFAULT stays. */
    public void removeRule(Caller caller, RetentionCategory category) {
        String by = administrator(caller, "change retention rules", "thay đổi quy tắc lưu trữ");
        if (category.equals(RetentionCategory.DEFAULT)) {
            throw new InvalidRequestException("category", "The DEFAULT rule can be changed but not removed",
                    "Quy tắc DEFAULT chỉ được sửa, không được xóa");
        }
        RetentionRule rule = rules.find(category).orElseThrow(() -> new UnknownRetentionRuleException(category.value()));
        RetentionRuleView before = RetentionRuleView.of(rule);
        rules.remove(rule);
        audit.record(by, "retention.rule-remove", category.value(), before, null);
    }

    /** Where a document's package is, the rule that applies to it, and its legal hold. */
    public RetentionStateView state(Caller caller, HubDocumentId id) {
        administrator(caller, "read retention states", "xem tình trạng lưu trữ");
        return RetentionStateView.of(document(id), rules.settings());
    }

    /**
     * Puts a document under a legal hold (giữ lại theo yêu cầu pháp lý), or changes the reason of its hold:
     * no run archives or purges it until the hold is lifted. The document is locked, so a run disposing of
     * it at this moment finishes first, and the hold then keeps it where that run put it.
     */
    public RetentionStateView hold(Caller caller, HubDocumentId id, String reason) {
        String by = administrator(caller, "set legal holds", "đặt giữ lại theo yêu cầu pháp lý");
        String why = Texts.required(reason, "reason", MAX_REASON);
        Document document = locked(id);
        RetentionRules settings = rules.settings();
        RetentionStateView before = RetentionStateView.of(document, settings);
        document.hold(why);
        RetentionStateView after = RetentionStateView.of(document, settings);
        audit.record(by, "retention.legal-hold", id.value(), before, after);
        return after;
    }

    /** Lifts a document's legal hold; the rules apply to it again from the next run. */
    public RetentionStateView release(Caller caller, HubDocumentId id) {
        String by = administrator(caller, "lift legal holds", "bỏ giữ lại theo yêu cầu pháp lý");
        Document document = locked(id);
        RetentionRules settings = rules.settings();
        RetentionStateView before = RetentionStateView.of(document, settings);
        document.release();
        RetentionStateView after = RetentionStateView.of(document, settings);
        audit.record(by, "retention.legal-hold-release", id.value(), before, after);
        return after;
    }

    /**
     * Starts a run of the retention job now (the schedule starts one at lienthong.retention.interval). The
     * batch runtime runs it on its own thread; the answer is the execution as it stands.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobRunView start(Caller caller, RetentionRunRequest request) {
        String by = administrator(caller, "start retention runs", "chạy lưu trữ");
        Properties parameters = request.jobParameters();
        long execution = runs.start(parameters);
        LOG.log(Level.INFO, "Retention run {0} started by {1} with {2}", new Object[]{execution, by, parameters});
        JobRunView view = runs.view(execution);
        runs.record(by, "retention.run-start", view);
        return view;
    }

    public JobRunView run(Caller caller, long executionId) {
        administrator(caller, "read retention runs", "xem lượt chạy lưu trữ");
        return runs.view(executionId);
    }

    /** Asks the run to stop after the chunk it is in; it ends STOPPED and may be restarted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobRunView stop(Caller caller, long executionId) {
        String by = administrator(caller, "stop retention runs", "dừng lượt chạy lưu trữ");
        runs.stop(executionId);
        JobRunView view = runs.view(executionId);
        runs.record(by, "retention.run-stop", view);
        return view;
    }

    /** Restarts a stopped or failed run after its last checkpoint, as a new execution of the same job instance. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobRunView restart(Caller caller, long executionId) {
        String by = administrator(caller, "restart retention runs", "chạy lại lượt lưu trữ");
        long execution = runs.restart(executionId, new Properties());
        JobRunView view = runs.view(execution);
        runs.record(by, "retention.run-restart", view);
        return view;
    }

    private Document document(HubDocumentId id) {
        return documents.find(id).orElseThrow(() -> new UnknownDocumentException(id.value()));
    }

    private Document locked(HubDocumentId id) {
        return documents.lock(id).orElseThrow(() -> new UnknownDocumentException(id.value()));
    }

    private static String administrator(Caller caller, String actEn, String actVi) {
        return caller.requireAdministrator(actEn, actVi);
    }
}
