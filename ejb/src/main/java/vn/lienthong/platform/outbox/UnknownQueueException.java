package vn.lienthong.platform.outbox;

import vn.lienthong.platform.BusinessException;

import java.util.Collection;

public class UnknownQueueException extends BusinessException {

    public UnknownQueueException(String queue, Collection<String> queues) {
        super("UNKNOWN_QUEUE", "No queue named " + queue + "; the queues are " + String.join(", ", queues),
                "Không có hàng đợi " + queue + "; các hàng đợi là " + String.join(", ", queues));
    }
}
