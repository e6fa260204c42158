package vn.lienthong.procedure.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ProcedureCode} as its text, so that entities naming a procedure hold the value object. */
@Converter
public class ProcedureCodeConverter implements AttributeConverter<ProcedureCode, String> {

    @Override
    public String convertToDatabaseColumn(ProcedureCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public ProcedureCode convertToEntityAttribute(String value) {
        return value == null ? null : ProcedureCode.of(value);
    }
}
