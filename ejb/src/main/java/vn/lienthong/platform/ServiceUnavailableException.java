package vn.lienthong.platform;

/**
 * The hub cannot take the request now because something it depends on (database, broker) is
 * unavailable. Nothing was accepted; the client should try again after {@link #retryAfterSeconds()}.
 */
public class ServiceUnavailableException extends BusinessException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String whatEn, String whatVi, int retryAfterSeconds) {
        super("UNAVAILABLE",
                "The hub cannot accept requests right now: " + whatEn + ". Nothing was stored; try again in "
                        + retryAfterSeconds + " s",
                "Trục tạm thời không nhận yêu cầu: " + whatVi + ". Chưa có gì được lưu; vui lòng thử lại sau "
                        + retryAfterSeconds + " giây");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
