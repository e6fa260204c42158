package vn.lienthong.procedure.calendar;

/** A calendar data file the hub refuses to use; names the file and the key at fault. */
public class InvalidCalendarException extends IllegalArgumentException {

    private final String source;
    private final String key;

    public InvalidCalendarException(String source, String key, String reason) {
        super("Calendar " + source + (key == null ? "" : ", key " + key) + ": " + reason);
        this.source = source;
        this.key = key;
    }

    public String source() {
        return source;
    }

    public String key() {
        return key;
    }
}
