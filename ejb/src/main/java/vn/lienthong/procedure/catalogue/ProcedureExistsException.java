package vn.lienthong.procedure.catalogue;

import vn.lienthong.platform.BusinessException;

/** A procedure with this code is already in the catalogue: replace it with PUT instead. */
public class ProcedureExistsException extends BusinessException {

    public ProcedureExistsException(String code) {
        super("PROCEDURE_EXISTS", "Procedure " + code + " is already in the catalogue",
                "Thủ tục " + code + " đã có trong danh mục");
    }
}
