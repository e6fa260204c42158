package vn.lienthong.platform.paging;

import vn.lienthong.platform.InvalidRequestException;

import java.util.List;
import java.util.Optional;

/**
 * One slice of a long listing (an inbox, a sent list) and the cursor that continues it. Cursors
 * stay cheap however many millions of rows lie before them, unlike page numbers.
 */
public record Slice<T>(List<T> items, Optional<String> nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Slice {
        items = List.copyOf(items);
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT,
                    "limit phải nằm trong khoảng 1 đến " + MAX_LIMIT);
        }
        return requested;
    }
}
