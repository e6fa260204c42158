package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.BusinessException;

public class UnknownDossierException extends BusinessException {

    public UnknownDossierException(String code) {
        super("UNKNOWN_DOSSIER", "No dossier with code " + code, "Không có hồ sơ mang mã " + code);
    }

    private UnknownDossierException(String en, String vi) {
        super("UNKNOWN_DOSSIER", en, vi);
    }

    /** The public look-up's answer to an unknown code and to a wrong key alike: it must not tell them apart. */
    static UnknownDossierException forLookup(String code) {
        return new UnknownDossierException("No dossier with code " + code + " and this look-up key",
                "Không có hồ sơ mang mã " + code + " với mã tra cứu này");
    }
}
