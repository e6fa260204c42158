package vn.lienthong.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link AuditAction} as its code. */
@Converter(autoApply = true)
public class AuditActionConverter implements AttributeConverter<AuditAction, String> {

    @Override
    public String convertToDatabaseColumn(AuditAction action) {
        return action == null ? null : action.code();
    }

    @Override
    public AuditAction convertToEntityAttribute(String code) {
        return code == null ? null : new AuditAction(code);
    }
}
