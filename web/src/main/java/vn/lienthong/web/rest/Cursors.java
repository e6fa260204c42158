package vn.lienthong.web.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import vn.lienthong.platform.paging.Slice;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A slice of a long listing on the wire: the items and, when there are more, the cursor to continue. */
public record Cursors<T>(List<T> items, @JsonbProperty("nextCursor") String nextCursor) {

    public static <S, T> Cursors<T> of(Slice<S> slice, Function<S, T> mapper) {
        return new Cursors<>(slice.items().stream().map(mapper).toList(), slice.nextCursor().orElse(null));
    }

    public static Optional<String> cursor(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
