package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.BusinessException;

/** The dossier has no paper at this position, or the paper was handed in without a file. */
public class UnknownPaperException extends BusinessException {

    public UnknownPaperException(String code, int position) {
        super("UNKNOWN_PAPER", "Dossier " + code + " has no file for paper " + position,
                "Hồ sơ " + code + " không có tệp cho thành phần số " + position);
    }
}
