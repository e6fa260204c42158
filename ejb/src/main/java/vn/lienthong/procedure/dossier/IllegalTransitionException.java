package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.BusinessException;

/** The action is not possible in the dossier's current state, or the procedure does not allow it. */
public class IllegalTransitionException extends BusinessException {

    /** The state is outside the action's row of {@link DossierTransitions}; the answer names the row's states. */
    public IllegalTransitionException(String dossierCode, DossierAction action, DossierState state) {
        super("ILLEGAL_TRANSITION",
                "Dossier " + dossierCode + " is " + state + ": " + action.pathName() + " is possible only when it is "
                        + DossierTransitions.of(action).from(),
                "Hồ sơ " + dossierCode + " đang ở trạng thái " + state + ": không thể thực hiện " + action.pathName());
    }

    public IllegalTransitionException(String dossierCode, DossierAction action, String whyEn, String whyVi) {
        super("ILLEGAL_TRANSITION", "Dossier " + dossierCode + ": " + action.pathName() + " refused: " + whyEn,
                "Hồ sơ " + dossierCode + ": không thể thực hiện " + action.pathName() + ": " + whyVi);
    }
}
