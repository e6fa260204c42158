package vn.lienthong.web.rest.retention;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.exchange.retention.Disposal;
import vn.lienthong.exchange.retention.RetentionRunRequest;
import vn.lienthong.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the JSON bodies of the retention calls; a wrong field is refused by name (INVALID_REQUEST). */
final class RetentionRequests {

    private RetentionRequests() {
    }

    static int periodDays(JsonObject body) {
        JsonValue value = required(body, "periodDays").get("periodDays");
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidRequestException("periodDays", "periodDays must be a whole number of days",
                    "periodDays phải là số ngày nguyên");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("periodDays", "periodDays is out of range", "periodDays vượt giới hạn");
        }
    }

    static Disposal disposal(JsonObject body) {
        JsonValue value = required(body, "disposal").get("disposal");
        if (value instanceof JsonString text) {
            try {
                return Disposal.valueOf(text.getString().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw new InvalidRequestException("disposal", "disposal must be ARCHIVE or PURGE", "disposal phải là ARCHIVE hoặc PURGE");
    }

    static String reason(JsonObject body) {
        JsonValue value = required(body, "reason").get("reason");
        if (!(value instanceof JsonString text)) {
            throw new InvalidRequestException("reason", "reason must be text", "reason phải là văn bản");
        }
        return text.getString();
    }

    /** {@code {"categories": ["1.5"], "itemCount": 20, "pause": "500ms"}}, every field optional; no body: everything. */
    static RetentionRunRequest run(JsonObject body) {
        if (body == null) {
            return RetentionRunRequest.ALL;
        }
        List<RetentionCategory> categories = new ArrayList<>();
        JsonValue listed = body.get("categories");
        if (listed != null && listed != JsonValue.NULL) {
            if (listed.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidRequestException("categories", "categories must be an array of categories",
                        "categories phải là mảng loại văn bản");
            }
            for (JsonValue item : listed.asJsonArray()) {
                if (!(item instanceof JsonString text)) {
                    throw new InvalidRequestException("categories", "categories must be texts", "categories phải là chuỗi");
                }
                categories.add(new RetentionCategory(text.getString()));
            }
        }
        Optional<Integer> itemCount = Optional.empty();
        JsonValue count = body.get("itemCount");
        if (count != null && count != JsonValue.NULL) {
            if (!(count instanceof JsonNumber number) || !number.isIntegral()) {
                throw new InvalidRequestException("itemCount", "itemCount must be a whole number", "itemCount phải là số nguyên");
            }
            itemCount = Optional.of(number.intValue());
        }
        JsonValue pause = body.get("pause");
        if (pause != null && pause != JsonValue.NULL && !(pause instanceof JsonString)) {
            throw new InvalidRequestException("pause", "pause must be a duration such as 500ms", "pause phải là khoảng thời gian như 500ms");
        }
        return new RetentionRunRequest(categories, itemCount,
                RetentionRunRequest.pause(pause instanceof JsonString text ? text.getString() : null));
    }

    private static JsonObject required(JsonObject body, String field) {
        if (body == null || !body.containsKey(field) || body.get(field) == JsonValue.NULL) {
            throw new InvalidRequestException(field, field + " is required", "Thiếu " + field);
        }
        return body;
    }
}
