package vn.lienthong.evidence.verification;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reads rows page after page as they are iterated: only one page is held, and the next is asked for
 * after the last row of this one (keyset paging, so a page costs the same at the end of the chain).
 */
final class Pages<T> implements Iterator<T> {

    private final Function<T, List<T>> nextAfter;
    private List<T> page;
    private int index;

    /** {@code first} is the first page; {@code nextAfter} gives the page after a row, empty at the end. */
    Pages(List<T> first, Function<T, List<T>> nextAfter) {
        this.page = first;
        this.nextAfter = nextAfter;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (page.isEmpty()) {
            return false;
        }
        page = nextAfter.apply(page.get(page.size() - 1));
        index = 0;
        return !page.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(index++);
    }
}
