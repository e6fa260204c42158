package vn.lienthong.platform;

/** Which page of a numbered listing a caller wants; pages count from 0. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more", "page phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE,
                    "size phải nằm trong khoảng 1 đến " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
