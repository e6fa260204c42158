package vn.lienthong.platform;

/** A request parameter or body field that is missing or out of range. */
public class InvalidRequestException extends BusinessException {

    public InvalidRequestException(String field, String messageEn, String messageVi) {
        super("INVALID_REQUEST", messageEn, messageVi, field);
    }
}
