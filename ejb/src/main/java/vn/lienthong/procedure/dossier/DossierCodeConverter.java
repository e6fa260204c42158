package vn.lienthong.procedure.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link DossierCode} as its text, so that an entity naming a dossier holds the value object.
 * Applied where an entity asks for it ({@code @Convert}); identifiers keep their text (docs/architecture.md).
 */
@Converter
public class DossierCodeConverter implements AttributeConverter<DossierCode, String> {

    @Override
    public String convertToDatabaseColumn(DossierCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public DossierCode convertToEntityAttribute(String value) {
        return value == null ? null : DossierCode.parse(value);
    }
}
