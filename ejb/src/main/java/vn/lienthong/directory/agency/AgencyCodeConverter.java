package vn.lienthong.directory.agency;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link AgencyCode} as its text, so that entities hold the value object and a code read
 * back is valid by construction. Applied where an entity asks for it ({@code @Convert}).
 */
@Converter
public class AgencyCodeConverter implements AttributeConverter<AgencyCode, String> {

    @Override
    public String convertToDatabaseColumn(AgencyCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public AgencyCode convertToEntityAttribute(String value) {
        return value == null ? null : AgencyCode.of(value);
    }
}
