package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.RetentionCategory;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.jobs.ChunkPause;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What an administrator may ask of one run: limit it to some categories, the documents per chunk
 * (1–1000, default 20), a pause after each chunk that disposed of something.
 */
public record RetentionRunRequest(List<RetentionCategory> categories, Optional<Integer> itemCount, Optional<Duration> pause) {

    public static final RetentionRunRequest ALL = new RetentionRunRequest(List.of(), Optional.empty(), Optional.empty());

    public RetentionRunRequest {
        categories = List.copyOf(categories);
        if (itemCount.isPresent() && (itemCount.get() < 1 || itemCount.get() > 1000)) {
            throw new InvalidRequestException("itemCount", "A chunk holds 1 to 1000 documents, not " + itemCount.get(),
                    "Mỗi phần xử lý từ 1 đến 1000 văn bản, không phải " + itemCount.get());
        }
        ChunkPause.check(pause);
    }

    /** Reads a pause as the server variables write durations (500ms, 2s). */
    public static Optional<Duration> pause(String text) {
        return ChunkPause.requested(text);
    }

    Properties jobParameters() {
        Properties p = new Properties();
        if (!categories.isEmpty()) {
            p.setProperty("categories", categories.stream().map(RetentionCategory::value).collect(Collectors.joining(",")));
        }
        itemCount.ifPresent(n -> p.setProperty("itemCount", String.valueOf(n)));
        pause.ifPresent(d -> p.setProperty("pause", d.toMillis() + "ms"));
        return p;
    }
}
