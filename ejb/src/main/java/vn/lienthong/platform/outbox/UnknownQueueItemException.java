package vn.lienthong.platform.outbox;

import vn.lienthong.platform.BusinessException;

public class UnknownQueueItemException extends BusinessException {

    public UnknownQueueItemException(String queue, long id) {
        super("UNKNOWN_QUEUE_ITEM", "Queue " + queue + " has no item " + id, "Hàng đợi " + queue + " không có mục " + id);
    }
}
