package vn.lienthong.procedure.dossier;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.procedure.dossier.DossierAction.*;
import static vn.lienthong.procedure.dossier.DossierState.*;

/** The state machine's table: what may follow what. */
class DossierActionTest {

    @Test
    void noResultBeforeProcessingIsFinished() {
        for (DossierState state : DossierState.values()) {
            assertThat(RETURN_RESULT.allowedFrom(state)).as("return result from %s", state).isEqualTo(state == FINISHED);
        }
    }

    @Test
    void closedDossiersAcceptNothing() {
        for (DossierState closed : EnumSet.of(REFUSED, WITHDRAWN, STOPPED, RETURNED)) {
            assertThat(closed.isClosed()).isTrue();
            for (DossierAction action : DossierAction.values()) {
                assertThat(action.allowedFrom(closed)).as("%s from %s", action, closed).isFalse();
            }
        }
    }

    @Test
    void refusalOnlyAtIntake() {
        assertThat(REFUSE.allowedStates()).containsExactlyInAnyOrder(REGISTERED, RECEIVED);
    }

    @Test
    void onlineDossierMustBeAcceptedBeforeProcessing() {
        assertThat(COMPLETE_STEP.allowedFrom(REGISTERED)).isFalse();
        assertThat(ACCEPT.allowedStates()).containsExactly(REGISTERED);
    }

    @Test
    void pausedDossierResumesOnlyThroughItsOwnAction() {
        assertThat(RESUBMIT.allowedStates()).containsExactly(SUPPLEMENT_REQUESTED);
        assertThat(CONFIRM_PAYMENT.allowedStates()).containsExactly(PAYMENT_REQUESTED);
        assertThat(COMPLETE_STEP.allowedFrom(SUPPLEMENT_REQUESTED)).isFalse();
        assertThat(COMPLETE_STEP.allowedFrom(PAYMENT_REQUESTED)).isFalse();
        assertThat(EXTEND.allowedFrom(SUPPLEMENT_REQUESTED)).isFalse();
    }

    @Test
    void applicantMayWithdrawUntilTheWorkIsDone() {
        assertThat(WITHDRAW.allowedFrom(FINISHED)).isFalse();
        assertThat(WITHDRAW.allowedFrom(SUPPLEMENT_REQUESTED)).isTrue();
        assertThat(WITHDRAW.allowedFrom(REGISTERED)).isTrue();
    }

    @Test
    void reasonsAreRequiredWhereTheApplicantIsOwedAnExplanation() {
        assertThat(EnumSet.allOf(DossierAction.class).stream().filter(DossierAction::reasonRequired))
                .containsExactlyInAnyOrder(REFUSE, REQUEST_SUPPLEMENT, REQUEST_PAYMENT, EXTEND, WITHDRAW, STOP);
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
}
