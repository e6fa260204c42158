package vn.lienthong.exchange.document;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a document's {@link Hops} as their text (column {@code document.hop_trail}); no hop is null. */
@Converter
public class HopsConverter implements AttributeConverter<Hops, String> {

    @Override
    public String convertToDatabaseColumn(Hops hops) {
        return hops == null || hops.isEmpty() ? null : hops.text();
    }

    @Override
    public Hops convertToEntityAttribute(String text) {
        return Hops.parse(text);
    }
}
