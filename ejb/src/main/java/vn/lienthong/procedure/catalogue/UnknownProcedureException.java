package vn.lienthong.procedure.catalogue;

import vn.lienthong.platform.BusinessException;

/** No procedure with this code in the catalogue (or, for intake, none that is active). */
public class UnknownProcedureException extends BusinessException {

    public UnknownProcedureException(String code) {
        super("UNKNOWN_PROCEDURE", "No active procedure with code " + code + " in the catalogue",
                "Không có thủ tục đang áp dụng mang mã " + code + " trong danh mục");
    }
}
