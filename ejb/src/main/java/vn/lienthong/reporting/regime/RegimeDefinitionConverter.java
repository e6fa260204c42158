package vn.lienthong.reporting.regime;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a regime version's whole definition as its JSON form, UTF-8, in one binary column (the
 * schema's large-object type on both databases, as package chunks and dossier papers are kept).
 */
@Converter
public class RegimeDefinitionConverter implements AttributeConverter<RegimeDefinition, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(RegimeDefinition definition) {
        return definition == null ? null : RegimeJsonFormat.write(definition).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RegimeDefinition convertToEntityAttribute(byte[] json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return RegimeJsonFormat.read(reader.readObject());
        }
    }
}
