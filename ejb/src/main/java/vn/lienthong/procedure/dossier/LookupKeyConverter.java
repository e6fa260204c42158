package vn.lienthong.procedure.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link LookupKey} as its eight characters. */
@Converter
public class LookupKeyConverter implements AttributeConverter<LookupKey, String> {

    @Override
    public String convertToDatabaseColumn(LookupKey key) {
        return key == null ? null : key.value();
    }

    @Override
    public LookupKey convertToEntityAttribute(String value) {
        return value == null ? null : new LookupKey(value);
    }
}
