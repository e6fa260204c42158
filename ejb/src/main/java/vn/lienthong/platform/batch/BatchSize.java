package vn.lienthong.platform.batch;

import vn.lienthong.platform.InvalidRequestException;

import java.util.List;

/**
 * How many items one batch call may carry (fetch several packages, acknowledge several fetches,
 * report several statuses). Bounded so one call's work, and the transaction that takes several
 * acknowledgements at once, stay short; a client with more makes more calls.
 */
public final class BatchSize {

    public static final int MAX_ITEMS = 100;
    public static final int DEFAULT_ITEMS = 10;

    private BatchSize() {
    }

    /** The items of a batch request: at least one, at most {@link #MAX_ITEMS}. */
    public static <T> List<T> checked(List<T> items, String field) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException(field, "a batch call needs at least one " + field,
                    "lệnh theo lô cần ít nhất một " + field);
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidRequestException(field, "a batch call carries at most " + MAX_ITEMS + " " + field
                    + " (" + items.size() + " given)", "một lệnh theo lô mang tối đa " + MAX_ITEMS + " " + field
                    + " (đã gửi " + items.size() + ")");
        }
        for (T item : items) {
            if (item == null) {
                throw new InvalidRequestException(field, "a batch item is empty", "một mục trong lô bị trống");
            }
        }
        return List.copyOf(items);
    }

    /** A requested number of items to take (absent: {@link #DEFAULT_ITEMS}). */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_ITEMS;
        }
        if (requested < 1 || requested > MAX_ITEMS) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_ITEMS,
                    "limit phải nằm trong khoảng 1 đến " + MAX_ITEMS);
        }
        return requested;
    }
}
