package vn.lienthong.reporting;

import vn.lienthong.platform.BusinessException;

/**
 * A regime definition (or a template file holding one) that cannot stand: a missing or ill-typed
 * field, an indicator a rule names but the regime lacks, an aggregation rule that does not fit the
 * indicator's type. The element names the field at fault, e.g. {@code indicators[3].weight}.
 */
public class InvalidRegimeException extends BusinessException {

    public InvalidRegimeException(String element, String messageEn, String messageVi) {
        super("INVALID_REGIME", messageEn, messageVi, element);
    }

    /** The same refusal, its element placed under {@code prefix} (e.g. {@code indicators[3]}). */
    public InvalidRegimeException at(String prefix) {
        String inner = element().orElse(null);
        String path = inner == null ? prefix : inner.startsWith("[") ? prefix + inner : prefix + "." + inner;
        return new InvalidRegimeException(path, messageEn(), messageVi());
    }
}
