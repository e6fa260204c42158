package vn.lienthong.platform.paging;

import vn.lienthong.platform.InvalidRequestException;

/**
 * Which page of a numbered listing a caller wants; pages count from 0. Numbered pages are for short
 * listings (the directory, the catalogue); the rows skipped are bounded by {@link #MAX_OFFSET}, so
 * that a page number near {@code Integer.MAX_VALUE} is a clear refusal rather than an overflow.
 * Long listings continue with cursors ({@link Slice}).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The most rows a page or offset may skip. */
    public static final int MAX_OFFSET = 100_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more", "page phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE,
                    "size phải nằm trong khoảng 1 đến " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidRequestException("page", "page × size must not exceed " + MAX_OFFSET
                    + " (ask for fewer pages, or narrow the listing with its filters)",
                    "page × size không được vượt quá " + MAX_OFFSET + " (hãy thu hẹp danh sách bằng bộ lọc)");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * An offset into an offset-paged listing (work lists, feedback lists): 0 when absent, at most
     * {@link #MAX_OFFSET}.
     */
    public static int offset(Integer offset) {
        int from = offset == null ? 0 : offset;
        if (from < 0 || from > MAX_OFFSET) {
            throw new InvalidRequestException("offset", "offset must be between 0 and " + MAX_OFFSET,
                    "offset phải nằm trong khoảng 0 đến " + MAX_OFFSET);
        }
        return from;
    }

    public int offset() {
        return page * size;
    }
}
