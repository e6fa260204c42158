package vn.lienthong.client.http;

/** Told how far a package upload or download has gone; {@code total} is -1 when unknown. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> {
    };

    void update(long done, long total);
}
