package vn.lienthong.alert.rule;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Recipients as one comma-separated column; none is NULL. */
@Converter
public class RecipientsConverter implements AttributeConverter<Recipients, String> {

    @Override
    public String convertToDatabaseColumn(Recipients recipients) {
        return recipients == null || recipients.isEmpty() ? null : recipients.toString();
    }

    @Override
    public Recipients convertToEntityAttribute(String column) {
        return Recipients.parse(column);
    }
}
