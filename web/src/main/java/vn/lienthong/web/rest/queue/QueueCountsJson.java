package vn.lienthong.web.rest.queue;

import vn.lienthong.platform.outbox.QueueCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many items one queue holds in each state: {@code {"queue": "…", "counts": {"PENDING": 3, …}}}. */
public record QueueCountsJson(String queue, Map<String, Long> counts) {

    static List<QueueCountsJson> of(List<QueueCount> counts) {
        Map<String, Map<String, Long>> byQueue = new LinkedHashMap<>();
        for (QueueCount count : counts) {
            byQueue.computeIfAbsent(count.queue(), q -> new LinkedHashMap<>()).put(count.state().name(), count.count());
        }
        List<QueueCountsJson> json = new ArrayList<>();
        byQueue.forEach((queue, byState) -> json.add(new QueueCountsJson(queue, byState)));
        return json;
    }
}
