package vn.lienthong.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a numbered listing, with the total so a client can show "page 2 of 7". */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
