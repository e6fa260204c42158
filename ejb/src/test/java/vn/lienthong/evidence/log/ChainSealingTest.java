package vn.lienthong.evidence.log;

import org.junit.jupiter.api.Test;
import vn.lienthong.evidence.chain.ChainHash;
import vn.lienthong.evidence.chain.ChainLink;
import vn.lienthong.evidence.verification.ChainReport;
import vn.lienthong.evidence.verification.ChainVerifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainSealingTest {

    private static final Instant AT = Instant.parse("2026-12-06T03:04:05.600Z");
    private static final String DOCUMENT = "01938b6e-0000-7000-8000-000000000001";

    private static PendingLink pending(long id, String kind, String detail) {
        return new PendingLink(id, AT.plusMillis(id), kind, DOCUMENT, "000.00.00.H41", detail);
    }

    @Test
    void numbersEntriesAfterTheHeadWithoutAGapInTheOrderOfTheirIds() {
        ChainPosition head = new ChainPosition(41, ChainHash.of(ChainHash.GENESIS, "entry 41"));

        ChainSealing.Sealed sealed = ChainSealing.link(head,
                List.of(pending(7, "accepted", "new"), pending(9, "delivered", null), pending(30, "fetched", null)));

        assertThat(sealed.links()).extracting(ChainLink::sequence).containsExactly(42L, 43L, 44L);
        assertThat(sealed.links()).extracting(ChainLink::kind).containsExactly("accepted", "delivered", "fetched");
        assertThat(sealed.links().get(0).previousHash()).isEqualTo(head.hash());
        assertThat(sealed.links().get(1).previousHash()).isEqualTo(sealed.links().get(0).hash());
        assertThat(sealed.links().get(2).previousHash()).isEqualTo(sealed.links().get(1).hash());
        assertThat(sealed.head()).isEqualTo(new ChainPosition(44, sealed.links().get(2).hash()));
    }

    @Test
    void eachEntryIsTheLinkTheChainFormulaGivesForItsFieldsAndTheTimeItWasRecorded() {
        ChainSealing.Sealed sealed = ChainSealing.link(ChainPosition.EMPTY, List.of(pending(3, "status", "03")));

        ChainLink expected = ChainLink.next(1, ChainHash.GENESIS, AT.plusMillis(3), "status", DOCUMENT, "000.00.00.H41", "03");
        assertThat(sealed.links()).containsExactly(expected);
    }

    @Test
    void batchesSealedOneAfterAnotherMakeOneChainThatVerifies() {
        List<ChainLink> chain = new ArrayList<>();
        ChainPosition head = ChainPosition.EMPTY;
        long id = 0;
        for (int batch = 0; batch < 3; batch++) {
            List<PendingLink> pending = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pending.add(pending(++id, "fetched", null));
            }
            ChainSealing.Sealed sealed = ChainSealing.link(head, pending);
            chain.addAll(sealed.links());
            head = sealed.head();
        }

        ChainReport report = ChainVerifier.verify(chain.iterator(), Collections.emptyIterator(), head.sequence());
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(12);
        assertThat(report.lastSequence()).isEqualTo(head.sequence());
    }

    @Test
    void nothingPendingLeavesTheHeadWhereItWas() {
        ChainPosition head = new ChainPosition(5, ChainHash.of(ChainHash.GENESIS, "entry 5"));

        ChainSealing.Sealed sealed = ChainSealing.link(head, List.of());

        assertThat(sealed.links()).isEmpty();
        assertThat(sealed.head()).isEqualTo(head);
    }

    @Test
    void refusesEntriesOutOfIdOrderRatherThanChainAnEventBeforeOneRecordedEarlier() {
        assertThatThrownBy(() -> ChainSealing.link(ChainPosition.EMPTY,
                List.of(pending(8, "acknowledged", "done"), pending(5, "fetched", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 after 8");
        assertThatThrownBy(() -> ChainSealing.link(ChainPosition.EMPTY, List.of(pending(8, "fetched", null), pending(8, "fetched", null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
