package vn.lienthong.platform.outbox;

import vn.lienthong.platform.BusinessException;

public class QueueItemNotFailedException extends BusinessException {

    public QueueItemNotFailedException(String queue, long id, OutboxState state) {
        super("QUEUE_ITEM_NOT_FAILED", "Item " + id + " of queue " + queue + " is " + state + ", not FAILED",
                "Mục " + id + " của hàng đợi " + queue + " đang ở trạng thái " + state + ", không phải thất bại");
    }
}
