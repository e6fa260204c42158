package vn.lienthong.web.rest.alert;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.alert.rule.Recipients;
import vn.lienthong.alert.rule.RuleChange;
import vn.lienthong.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rule change: {@code threshold} a whole number, {@code enabled} true or false, {@code recipients}
 * an array of addresses or one comma-separated string (empty: back to the server's default recipients).
 * A field left out stays as it is.
 */
final class RuleChangeJson {

    private RuleChangeJson() {
    }

    static RuleChange read(JsonObject body) {
        if (body == null) {
            throw new InvalidRequestException("body", "A JSON object with threshold, enabled or recipients is required",
                    "Cần đối tượng JSON có threshold, enabled hoặc recipients");
        }
        return new RuleChange(threshold(body), enabled(body), recipients(body));
    }

    private static Optional<Long> threshold(JsonObject body) {
        JsonValue value = body.get("threshold");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidRequestException("threshold", "threshold must be a whole number", "threshold phải là số nguyên");
        }
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("threshold", "threshold is out of range", "threshold vượt giới hạn");
        }
    }

    private static Optional<Boolean> enabled(JsonObject body) {
        JsonValue value = body.get("enabled");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidRequestException("enabled", "enabled must be true or false", "enabled phải là true hoặc false");
        }
        return Optional.of(value == JsonValue.TRUE);
    }

    private static Optional<Recipients> recipients(JsonObject body) {
        JsonValue value = body.get("recipients");
        if (value == null) {
            return Optional.empty();
        }
        if (value == JsonValue.NULL) {
            return Optional.of(Recipients.NONE);
        }
        if (value instanceof JsonString text) {
            return Optional.of(Recipients.parse(text.getString()));
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<String> addresses = new ArrayList<>();
            for (JsonValue item : value.asJsonArray()) {
                if (!(item instanceof JsonString address)) {
                    throw new InvalidRequestException("recipients", "recipients must be e-mail addresses",
                            "recipients phải là các địa chỉ thư điện tử");
                }
                addresses.add(address.getString());
            }
            return Optional.of(new Recipients(addresses));
        }
        throw new InvalidRequestException("recipients", "recipients must be an array of addresses or one comma-separated string",
                "recipients phải là mảng địa chỉ hoặc một chuỗi phân cách bằng dấu phẩy");
    }
}
