package vn.lienthong.exchange.document;

import vn.lienthong.platform.InvalidRequestException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The hub's id of an accepted package: a time-ordered UUID (version 7 layout), so ids sort by
 * acceptance time both as text and in database indexes, and cannot be guessed.
 */
public record HubDocumentId(String value) implements Comparable<HubDocumentId> {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public HubDocumentId {
        if (value == null || !UUID_SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("documentId", "'" + value + "' is not a document id of this hub",
                    "'" + value + "' không phải mã văn bản của trục");
        }
    }

    public static HubDocumentId next(Clock clock) {
        long millis = clock.millis();
        long random = RANDOM.nextLong();
        long most = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long least = (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new HubDocumentId(new UUID(most, least).toString());
    }

    @Override
    public int compareTo(HubDocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
