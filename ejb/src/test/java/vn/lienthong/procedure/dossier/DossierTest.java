package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.procedure.calendar.CalendarSource;
import vn.lienthong.procedure.calendar.DeadlineCalculator;
import vn.lienthong.procedure.calendar.PauseEffect;
import vn.lienthong.procedure.calendar.ProcessingTime;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureDefinition;
import vn.lienthong.procedure.catalogue.ProcedureStep;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.procedure.dossier.DossierAction.*;
import static vn.lienthong.procedure.dossier.DossierState.*;

/**
 * The dossier's state machine, without a container: which action is allowed from which state
 * (docs/procedures.md, /work/shared/domain/PROCEDURES.md), where it leads, and that a refused
 * action changes nothing. Dossiers are brought into each state through the transitions themselves.
 */
class DossierTest {

    private static final AgencyCode LAND = AgencyCode.of("000.00.10.H20");
    private static final AgencyCode FINANCE = AgencyCode.of("000.00.05.H20");
    /** Monday 2 March 2026, 09:00 in Vietnam. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T02:00:00Z");

    /** The specification: every action and the states it is allowed from. Every other state refuses it. */
    private static final Map<DossierAction, Set<DossierState>> ALLOWED = new EnumMap<>(Map.ofEntries(
            Map.entry(ACCEPT, EnumSet.of(REGISTERED)),
            Map.entry(REFUSE, EnumSet.of(REGISTERED, RECEIVED)),
            Map.entry(COMPLETE_STEP, EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING)),
            Map.entry(REQUEST_SUPPLEMENT, EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING)),
            Map.entry(RESUBMIT, EnumSet.of(SUPPLEMENT_REQUESTED)),
            Map.entry(REQUEST_PAYMENT, EnumSet.of(PROCESSING, INTEROPERATING)),
            Map.entry(CONFIRM_PAYMENT, EnumSet.of(PAYMENT_REQUESTED)),
            Map.entry(EXTEND, EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING)),
            Map.entry(WITHDRAW, EnumSet.of(REGISTERED, RECEIVED, PROCESSING, INTEROPERATING, SUPPLEMENT_REQUESTED,
                    PAYMENT_REQUESTED)),
            Map.entry(STOP, EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED)),
            Map.entry(RETURN_RESULT, EnumSet.of(FINISHED))));

    private final ProcessingRules rules = rules(true, true);
    private Instant now = MONDAY_MORNING;

    @TestFactory
    Stream<DynamicTest> everyActionIsAllowedFromItsStatesAndRefusedFromEveryOther() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DossierAction action : ALLOWED.keySet()) {
            for (DossierState state : DossierState.values()) {
                boolean allowed = ALLOWED.get(action).contains(state);
                tests.add(DynamicTest.dynamicTest(action + " from " + state + (allowed ? " is allowed" : " is refused"),
                        () -> {
                            Subject d = in(state);
                            if (allowed) {
                                DossierEvent line = d.act(action);
                                assertThat(line.action()).isEqualTo(action);
                                assertThat(line.fromState()).contains(state);
                                assertThat(line.toState()).isEqualTo(d.dossier.state());
                            } else {
                                int before = d.intervals.all().size();
                                assertThatThrownBy(() -> d.act(action)).isInstanceOf(IllegalTransitionException.class)
                                        .hasMessageContaining(action.pathName());
                                assertThat(d.dossier.state()).as("unchanged").isEqualTo(state);
                                assertThat(d.intervals.all()).as("no interval written").hasSize(before);
                            }
                        }));
            }
        }
        return tests.stream();
    }

    @Test
    void theTransitionTableIsTheSpecification() {
        for (DossierAction action : ALLOWED.keySet()) {
            assertThat(DossierTransitions.of(action).from()).as("%s", action).isEqualTo(ALLOWED.get(action));
        }
        assertThat(DossierTransitions.of(INTAKE).from()).isEmpty();
        assertThat(DossierTransitions.rows()).hasSize(DossierAction.values().length);
    }

    @Test
    void onlineSubmissionWaitsForAcceptanceAndTheClockStartsThen() {
        Subject d = intake(Channel.ONLINE);
        assertThat(d.dossier.state()).isEqualTo(REGISTERED);
        assertThat(d.dossier.clock().dueAt()).isEmpty();
        now = now.plus(Duration.ofHours(1));
        d.act(ACCEPT);
        assertThat(d.dossier.state()).isEqualTo(RECEIVED);
        assertThat(d.dossier.clock().receivedAt()).contains(now);
        assertThat(d.dossier.clock().dueAt()).isPresent();
    }

    @Test
    void atTheCounterADossierIsReceivedAtIntakeWithItsDueDate() {
        Subject d = intake(Channel.IN_PERSON);
        assertThat(d.dossier.state()).isEqualTo(RECEIVED);
        // Five working days from Monday 09:00: the next Monday at 09:00.
        assertThat(d.dossier.clock().dueAt()).contains(Instant.parse("2026-03-09T02:00:00Z"));
        assertThat(d.intake.action()).isEqualTo(INTAKE);
        assertThat(d.intake.fromState()).isEmpty();
        assertThat(d.intake.seq()).isEqualTo(1);
    }

    @Test
    void eachStepOwnerDecidesWhereTheDossierGoesAndTheLastStepFinishesIt() {
        Subject d = intake(Channel.IN_PERSON);
        assertThat(d.act(COMPLETE_STEP).toState()).isEqualTo(PROCESSING);
        assertThat(d.act(COMPLETE_STEP).toState()).as("step 3 belongs to the finance office").isEqualTo(INTEROPERATING);
        assertThat(d.act(COMPLETE_STEP).toState()).isEqualTo(PROCESSING);
        DossierEvent last = d.act(COMPLETE_STEP);
        assertThat(last.toState()).isEqualTo(FINISHED);
        assertThat(last.stepNo()).contains(4);
        assertThat(d.dossier.currentStep()).isEqualTo(5);
        assertThat(d.dossier.clock().finishedAt()).contains(now);
    }

    @Test
    void aPauseStopsTheClockAndTheDossierResumesWhereItWasWithTheDueDateMovedOn() {
        Subject d = in(PROCESSING);
        Instant due = d.dossier.clock().dueAt().orElseThrow();
        d.act(REQUEST_SUPPLEMENT);
        assertThat(d.dossier.clock().pausedSince()).contains(now);
        now = now.plus(Duration.ofDays(7));
        DossierEvent resumed = d.act(RESUBMIT);
        assertThat(resumed.toState()).isEqualTo(PROCESSING);
        assertThat(d.dossier.clock().pausedSince()).isEmpty();
        assertThat(d.dossier.clock().dueAt().orElseThrow()).isAfter(due);
        DossierInterval pause = d.intervals.all().get(0);
        assertThat(pause.endedAt()).contains(now);
        assertThat(pause.dueAfter()).isEqualTo(d.dossier.clock().dueAt());
    }

    @Test
    void closingAPausedDossierEndsItsPause() {
        Subject d = in(PAYMENT_REQUESTED);
        d.act(STOP);
        assertThat(d.dossier.state()).isEqualTo(STOPPED);
        assertThat(d.dossier.clock().closedAt()).contains(now);
        assertThat(d.intervals.all()).allSatisfy(i -> assertThat(i.endedAt()).isPresent());
    }

    @Test
    void anExtensionMovesTheDueDateAndKeepsTheState() {
        Subject d = in(RECEIVED);
        Instant due = d.dossier.clock().dueAt().orElseThrow();
        DossierEvent line = d.act(EXTEND);
        assertThat(line.toState()).isEqualTo(RECEIVED);
        assertThat(d.dossier.clock().extensionUnits()).isEqualTo(2);
        assertThat(d.dossier.clock().dueAt().orElseThrow()).isAfter(due);
        assertThat(line.dueAt()).isEqualTo(d.dossier.clock().dueAt());
    }

    @Test
    void aResultReturnedAfterTheDueDayIsLateAndOnTheDueDayOnTime() {
        Subject onTime = in(FINISHED);
        now = onTime.dossier.clock().dueAt().orElseThrow();
        onTime.act(RETURN_RESULT);
        assertThat(onTime.dossier.clock().timeliness()).as("an hour after the due hour, the same day").contains(Timeliness.ON_TIME);

        Subject d = in(FINISHED);
        now = d.dossier.clock().dueAt().orElseThrow().plus(Duration.ofDays(1));
        d.act(RETURN_RESULT);
        assertThat(d.dossier.clock().timeliness()).contains(Timeliness.LATE);
        assertThat(d.dossier.clock().closedAt()).contains(now);
        assertThat(d.dossier.clock().resultNote()).contains("Kết quả đã trả");
    }

    @Test
    void reasonsAreRequiredWhereTheApplicantIsOwedAnExplanationBeforeTheStateIsChecked() {
        for (DossierAction action : EnumSet.of(REFUSE, REQUEST_SUPPLEMENT, REQUEST_PAYMENT, EXTEND, WITHDRAW, STOP)) {
            Subject d = in(RETURNED);
            assertThatThrownBy(() -> d.act(action, null)).as("%s", action).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(EnumSet.allOf(DossierAction.class).stream().filter(a -> DossierTransitions.of(a).reasonRequired()))
                .containsExactlyInAnyOrder(REFUSE, REQUEST_SUPPLEMENT, REQUEST_PAYMENT, EXTEND, WITHDRAW, STOP);
    }

    @Test
    void aProcedureWithoutPausesOrExtensionsRefusesThem() {
        Subject d = intake(Channel.IN_PERSON, rules(false, false));
        assertThatThrownBy(() -> d.act(REQUEST_SUPPLEMENT)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("does not allow pausing");
        assertThatThrownBy(() -> d.act(EXTEND)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("does not allow extensions");
        assertThat(d.dossier.state()).isEqualTo(RECEIVED);
    }

    @Test
    void anExtensionNeedsTheApologyLetterAndWholeUnits() {
        Subject d = in(RECEIVED);
        assertThatThrownBy(() -> d.dossier.extend(2, "Cần xác minh", null, d.by(), rules, d.intervals))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> d.dossier.extend(0, "Cần xác minh", "Xin lỗi", d.by(), rules, d.intervals))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(d.dossier.clock().extensionUnits()).isZero();
    }

    @Test
    void aLogLineKeepsTheNoteOfAnActionThatNeedsNoReason() {
        Subject d = in(RECEIVED);
        assertThat(d.act(COMPLETE_STEP, "Nghĩa vụ tài chính 1.250.000 đồng").reason()).contains("Nghĩa vụ tài chính 1.250.000 đồng");
        assertThat(d.act(COMPLETE_STEP, null).reason()).isEmpty();
    }

    @Test
    void logLinesAreNumberedInOrder() {
        Subject d = in(FINISHED);
        assertThat(d.act(RETURN_RESULT).seq()).isEqualTo(6);
    }

    @Test
    void pathNamesRoundTripAndIntakeIsNotAnAction() {
        for (DossierAction action : DossierAction.values()) {
            if (action != INTAKE) {
                assertThat(DossierAction.ofPathName(action.pathName())).contains(action);
            }
        }
        assertThat(DossierAction.ofPathName("intake")).isEmpty();
        assertThat(DossierAction.ofPathName("complete-step")).contains(COMPLETE_STEP);
    }

    /** A dossier brought into {@code state} through the transitions. */
    private Subject in(DossierState state) {
        return switch (state) {
            case REGISTERED -> intake(Channel.ONLINE);
            case RECEIVED -> intake(Channel.IN_PERSON);
            case PROCESSING -> in(RECEIVED).then(COMPLETE_STEP);
            case INTEROPERATING -> in(PROCESSING).then(COMPLETE_STEP);
            case SUPPLEMENT_REQUESTED -> in(RECEIVED).then(REQUEST_SUPPLEMENT);
            case PAYMENT_REQUESTED -> in(PROCESSING).then(REQUEST_PAYMENT);
            case FINISHED -> in(INTEROPERATING).then(COMPLETE_STEP).then(COMPLETE_STEP);
            case RETURNED -> in(FINISHED).then(RETURN_RESULT);
            case REFUSED -> in(RECEIVED).then(REFUSE);
            case WITHDRAWN -> in(RECEIVED).then(WITHDRAW);
            case STOPPED -> in(RECEIVED).then(STOP);
        };
    }

    private Subject intake(Channel channel) {
        return intake(channel, rules);
    }

    private Subject intake(Channel channel, ProcessingRules rules) {
        DossierCode code = new DossierCode(LAND, LocalDate.of(2026, 3, 2), 7);
        Dossier dossier = new Dossier(code, rules.procedure(), LAND, new IntakeRequest(rules.procedure().code(), channel,
                new Applicant("Trần Thị Bình", null, null, null, "0912345678"), "Thửa 123", List.of(), null), now);
        Subject subject = new Subject(dossier, new DossierIntervals(code, List.of()), rules);
        subject.intake = dossier.takeIn(subject.by(), rules);
        return subject;
    }

    private static ProcessingRules rules(boolean pauseAllowed, boolean extensionAllowed) {
        Procedure procedure = new Procedure(new ProcedureDefinition("1.004227", "Cấp giấy chứng nhận", "DD", "Đất đai",
                List.of(LAND), List.of(), List.of(), ProcessingTime.workingDays(5), pauseAllowed, PauseEffect.EXTEND,
                extensionAllowed, List.of(new ProcedureStep("Tiếp nhận", null), new ProcedureStep("Thẩm định", null),
                new ProcedureStep("Xác định nghĩa vụ tài chính", FINANCE), new ProcedureStep("Trả kết quả", null))),
                "test", MONDAY_MORNING);
        return new ProcessingRules(procedure,
                new DeadlineCalculator(new CalendarSource(java.util.Optional.empty()).forProvince(LAND.topLevelUnit())));
    }

    /** A dossier with its interval records, acted on as the service does, an hour after the last change. */
    private final class Subject {

        final Dossier dossier;
        final DossierIntervals intervals;
        final ProcessingRules rules;
        DossierEvent intake;

        Subject(Dossier dossier, DossierIntervals intervals, ProcessingRules rules) {
            this.dossier = dossier;
            this.intervals = intervals;
            this.rules = rules;
        }

        Acting by() {
            return new Acting("Nguyễn Văn An", LAND, now);
        }

        Subject then(DossierAction action) {
            act(action);
            return this;
        }

        DossierEvent act(DossierAction action) {
            return act(action, "Lý do " + action.pathName());
        }

        DossierEvent act(DossierAction action, String reason) {
            now = now.plus(Duration.ofHours(1));
            Acting by = by();
            return switch (action) {
                case ACCEPT -> dossier.accept(reason, by, rules, intervals);
                case REFUSE -> dossier.refuse(reason, by, intervals);
                case COMPLETE_STEP -> dossier.completeStep(reason, by, rules);
                case REQUEST_SUPPLEMENT -> dossier.requestSupplement(reason, by, rules, intervals);
                case RESUBMIT -> dossier.resubmit(reason, by, rules, intervals);
                case REQUEST_PAYMENT -> dossier.requestPayment(reason, by, intervals);
                case CONFIRM_PAYMENT -> dossier.confirmPayment(reason, by, rules, intervals);
                case EXTEND -> dossier.extend(2, reason, "Kính gửi ông/bà lời xin lỗi", by, rules, intervals);
                case WITHDRAW -> dossier.withdraw(reason, by, intervals);
                case STOP -> dossier.stop(reason, by, intervals);
                case RETURN_RESULT -> dossier.returnResult("Kết quả đã trả", by);
                case INTAKE -> throw new IllegalArgumentException("intake is no action on a dossier");
            };
        }
    }
}
