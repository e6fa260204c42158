package vn.lienthong.directory.change;

import java.util.List;

/**
 * Directory events after a cursor, in order. {@code nextCursor} is what to ask from next time;
 * {@code latest} the last event that exists, so a client knows whether it has caught up.
 */
public record DirectoryChangePage(List<DirectoryEventView> events, long nextCursor, long latest) {

    public DirectoryChangePage {
        events = List.copyOf(events);
    }

    public boolean more() {
        return nextCursor < latest;
    }
}
