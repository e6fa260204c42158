package vn.lienthong.procedure.handover;

import vn.lienthong.platform.BusinessException;

public class UnknownHandOverException extends BusinessException {

    public UnknownHandOverException(String code, int step) {
        super("UNKNOWN_HANDOVER", "No hand-over of step " + step + " of dossier " + code,
                "Không có lượt chuyển liên thông bước " + step + " của hồ sơ " + code);
    }
}
