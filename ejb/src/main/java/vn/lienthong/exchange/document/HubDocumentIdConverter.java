package vn.lienthong.exchange.document;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link HubDocumentId} as its text, so that entities hold the value object and an id read
 * back is valid by construction. Applied where an entity asks for it ({@code @Convert}); not on
 * primary keys, which JPA does not convert (their accessors wrap the text).
 */
@Converter
public class HubDocumentIdConverter implements AttributeConverter<HubDocumentId, String> {

    @Override
    public String convertToDatabaseColumn(HubDocumentId id) {
        return id == null ? null : id.value();
    }

    @Override
    public HubDocumentId convertToEntityAttribute(String value) {
        return value == null ? null : new HubDocumentId(value);
    }
}
