package vn.lienthong.procedure;

import vn.lienthong.platform.BusinessException;

public class UnknownDossierException extends BusinessException {

    public UnknownDossierException(String code) {
        super("UNKNOWN_DOSSIER", "No dossier with code " + code, "Không có hồ sơ mang mã " + code);
    }
}
