package vn.lienthong.exchange.document;

import vn.lienthong.platform.BusinessException;
import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The package was purged under a retention rule (đã hủy theo quy tắc lưu trữ): the document is known, its bytes are gone. */
public class DocumentPurgedException extends BusinessException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public DocumentPurgedException(HubDocumentId id, Instant at, String rule) {
        super("DOCUMENT_PURGED",
                "The package of document " + id.value() + " was purged on " + when(at) + " (Vietnam time) under the "
                        + "retention rule " + rule,
                "Gói tin của văn bản " + id.value() + " đã bị hủy lúc " + when(at) + " (giờ Việt Nam) theo quy tắc "
                        + "lưu trữ " + rule);
    }

    private static String when(Instant at) {
        return at == null ? "?" : LocalDateTime.ofInstant(at, HubClock.ZONE).format(WHEN);
    }
}
