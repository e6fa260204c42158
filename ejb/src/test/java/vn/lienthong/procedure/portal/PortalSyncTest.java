package vn.lienthong.procedure.portal;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal receives and what administrators see of it. The queue's own rules (order per
 * dossier, retries, FAILED, re-drive) are the outbox's, tested in OutboxItemTest.
 */
class PortalSyncTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void datesTravelInVietnamsTimeAsDigitsAndTextsAreCutToThePortalsLengths() {
        assertThat(PortalPayload.time(Instant.parse("2026-03-02T17:30:05Z"))).isEqualTo("20260303003005");
        assertThat(PortalPayload.cut("Nguyễn Văn An", 50)).isEqualTo("Nguyễn Văn An");
        assertThat(PortalPayload.cut("a".repeat(60), 50)).hasSize(50);
    }

    @Test
    void aQueuedChangeShowsTheNationalStatusItsRecordCarries() {
        QueuedItem item = new QueuedItem(7, PortalSender.QUEUE, "000.00.10.H20-260302-0001", 3,
                Optional.of("""
                        {"HoSo": {"MaHoSo": "000.00.10.H20-260302-0001", "TrangThaiHoSo": 4},
                         "BuocXuLy": {"SoThuTu": 3, "TrangThai": 4}}"""),
                OutboxState.FAILED, 8, T0, Optional.of(T0), Optional.of("HTTP 503"), T0, Optional.empty());

        PortalSyncView change = PortalSyncView.of(item);

        assertThat(change.dossierCode()).isEqualTo("000.00.10.H20-260302-0001");
        assertThat(change.seq()).isEqualTo(3);
        assertThat(change.nationalStatus()).isEqualTo(4);
        assertThat(change.state()).isEqualTo(OutboxState.FAILED);
        assertThat(change.lastError()).contains("HTTP 503");
    }
}
