package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.BusinessException;

/** An agency takes in a dossier for a procedure it is not listed as handling. */
public class NotHandledHereException extends BusinessException {

    public NotHandledHereException(String procedure, String agency) {
        super("NOT_HANDLED_HERE", "Agency " + agency + " does not handle procedure " + procedure,
                "Cơ quan " + agency + " không giải quyết thủ tục " + procedure, "procedureCode");
    }
}
