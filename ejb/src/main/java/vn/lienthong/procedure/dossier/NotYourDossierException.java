package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.BusinessException;

/** The signed-in agency neither received the dossier nor owns its current step. */
public class NotYourDossierException extends BusinessException {

    public NotYourDossierException(String code, String agency) {
        super("NOT_YOUR_DOSSIER", "Agency " + agency + " may not act on dossier " + code,
                "Cơ quan " + agency + " không có quyền xử lý hồ sơ " + code);
    }
}
