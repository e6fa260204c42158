package vn.lienthong.platform;

import jakarta.ejb.ApplicationException;

import java.util.Objects;
import java.util.Optional;

/**
 * A request the hub refuses for a reason its caller can act on. Each subclass carries a stable
 * machine-readable code (part of the published API: clients switch on it) and a message in
 * English and Vietnamese. The web layer maps each subclass to one HTTP status and one SOAP fault.
 *
 * <p>Rolls back the transaction it is thrown in ({@link RefusalRollback}, bound to every bean), so a
 * refused request never leaves anything behind. It is an application exception that does not itself
 * ask the container for a rollback: where a bean method runs without a transaction there is nothing
 * to roll back, and the container would log its empty local transaction's roll-back as an error.
 */
@ApplicationException(rollback = false)
public abstract class BusinessException extends RuntimeException {

    private final String code;
    private final String messageVi;
    private final String element;

    protected BusinessException(String code, String messageEn, String messageVi) {
        this(code, messageEn, messageVi, null);
    }

    /**
     * @param element the package element or request field at fault, when there is one
     *                (for example {@code MessageHeader/From/OrganId})
     */
    protected BusinessException(String code, String messageEn, String messageVi, String element) {
        super(Objects.requireNonNull(messageEn));
        this.code = Objects.requireNonNull(code);
        this.messageVi = Objects.requireNonNull(messageVi);
        this.element = element;
    }

    public String code() {
        return code;
    }

    public String messageEn() {
        return getMessage();
    }

    public String messageVi() {
        return messageVi;
    }

    public Optional<String> element() {
        return Optional.ofNullable(element);
    }
}
