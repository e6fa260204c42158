package vn.lienthong.evidence.verification;

import org.junit.jupiter.api.Test;
import vn.lienthong.evidence.chain.CanonicalEntry;
import vn.lienthong.evidence.chain.ChainHash;
import vn.lienthong.evidence.chain.ChainLink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00.123Z");

    @Test
    void anUntouchedChainVerifiesToItsEnd() {
        List<ChainLink> chain = chain(5);

        ChainReport report = verify(chain, List.of(), 5);

        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(5);
        assertThat(report.lastSequence()).isEqualTo(5);
    }

    @Test
    void entriesWrittenInVersionOneBeforeVersionTwoStillVerifyEachByItsOwnFormula() {
        List<ChainLink> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int n = 1; n <= 4; n++) {
            int version = n <= 2 ? 1 : 2;
            String canonical = CanonicalEntry.of(version, n, AT, "status", "01938b6e-0000-7000-8000-000000000001", "000.00.00.G22", "0" + n);
            ChainLink link = new ChainLink(n, AT, "status", "01938b6e-0000-7000-8000-000000000001", "000.00.00.G22", "0" + n,
                    canonical, previous, ChainHash.of(previous, canonical));
            chain.add(link);
            previous = link.hash();
        }
        assertThat(verify(chain, List.of(), 4).intact()).isTrue();

        ChainLink second = chain.get(1);
        chain.set(1, new ChainLink(2, second.at(), second.kind(), second.document(), second.agency(), "06",
                second.canonical(), second.previousHash(), second.hash()));
        assertBrokenAt(verify(chain, List.of(), 4), 2, BreakReason.FIELDS_CHANGED, 1);
    }

    @Test
    void aVersionTwoEntryRelabelledVersionOneNoLongerHasItsHash() {
        List<ChainLink> chain = chain(3);
        ChainLink second = chain.get(1);
        String relabelled = second.canonical().replace("{\"v\":2,", "{\"v\":1,");
        chain.set(1, new ChainLink(2, second.at(), second.kind(), second.document(), second.agency(), second.detail(),
                relabelled, second.previousHash(), second.hash()));

        assertBrokenAt(verify(chain, List.of(), 3), 2, BreakReason.HASH_MISMATCH, 1);
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(verify(List.of(), List.of(), 0).intact()).isTrue();
    }

    @Test
    void aColumnEditedInPlaceIsNamedAsFieldsChanged() {
        List<ChainLink> chain = chain(6);
        ChainLink third = chain.get(2);
        chain.set(2, new ChainLink(3, third.at(), third.kind(), third.document(), "000.00.00.H99", third.detail(),
                third.canonical(), third.previousHash(), third.hash()));

        assertBrokenAt(verify(chain, List.of(), 6), 3, BreakReason.FIELDS_CHANGED, 2);
    }

    @Test
    void anEntryRewrittenWithItsOwnNewHashBreaksTheNextEntry() {
        List<ChainLink> chain = chain(6);
        ChainLink third = chain.get(2);
        chain.set(2, ChainLink.next(3, third.previousHash(), third.at(), third.kind(), third.document(), third.agency(), "16"));

        assertBrokenAt(verify(chain, List.of(), 6), 4, BreakReason.PREVIOUS_HASH_MISMATCH, 3);
    }

    @Test
    void aStoredHashThatIsNotTheHashOfTheEntryIsNamed() {
        List<ChainLink> chain = chain(4);
        ChainLink second = chain.get(1);
        chain.set(1, new ChainLink(2, second.at(), second.kind(), second.document(), second.agency(), second.detail(),
                second.canonical(), second.previousHash(), "f".repeat(64)));

        assertBrokenAt(verify(chain, List.of(), 4), 2, BreakReason.HASH_MISMATCH, 1);
    }

    @Test
    void aDeletedEntryIsAGapNamedByTheMissingSequence() {
        List<ChainLink> chain = chain(5);
        chain.remove(3);

        assertBrokenAt(verify(chain, List.of(), 5), 4, BreakReason.GAP, 3);
    }

    @Test
    void entriesDeletedAtTheEndAreFoundFromTheChainHead() {
        List<ChainLink> chain = chain(5).subList(0, 3);

        assertBrokenAt(verify(chain, List.of(), 5), 4, BreakReason.TRUNCATED, 3);
    }

    @Test
    void entriesAppendedAfterTheWalkBeganAreLeftForTheNextWalk() {
        ChainReport report = verify(chain(5), List.of(), 3);

        assertThat(report.intact()).isTrue();
        assertThat(report.lastSequence()).isEqualTo(3);
    }

    @Test
    void aSignedHeadIsCheckedWhenTheWalkPassesItsEntry() {
        List<ChainLink> chain = chain(6);

        ChainReport report = verify(chain, List.of(head(1, chain.get(1)), head(2, chain.get(4))), 6);

        assertThat(report.intact()).isTrue();
        assertThat(report.headsChecked()).isEqualTo(2);
        assertThat(report.lastSignedHead()).get().extracting(HeadClaim::sequence).isEqualTo(5L);
    }

    @Test
    void aChainRewrittenFromAnEditOnwardsIsCaughtByTheSignedHeadAfterIt() {
        List<ChainLink> honest = chain(6);
        List<ChainLink> rewritten = new ArrayList<>(honest.subList(0, 2));
        String previous = rewritten.get(1).hash();
        for (int n = 3; n <= 6; n++) {
            ChainLink link = ChainLink.next(n, previous, AT, "status", "d", "000.00.00.G22", n == 3 ? "16" : "03");
            rewritten.add(link);
            previous = link.hash();
        }

        assertBrokenAt(verify(rewritten, List.of(head(1, honest.get(4))), 6), 5, BreakReason.HEAD_MISMATCH, 5);
    }

    @Test
    void aSignedHeadBeyondTheEntriesShowsTheTailWasRemovedEvenWithTheChainHeadLowered() {
        List<ChainLink> chain = chain(6);

        assertBrokenAt(verify(chain.subList(0, 4), List.of(head(1, chain.get(5))), 4), 5, BreakReason.TRUNCATED, 4);
    }

    @Test
    void aSignedHeadWhoseSignatureFailsIsNamed() {
        List<ChainLink> chain = chain(3);
        HeadClaim forged = new HeadClaim(9, 2, chain.get(1).hash(), AT, false, Optional.empty(),
                Optional.of("the signature does not verify with the hub certificate"));

        ChainReport report = verify(chain, List.of(forged), 3);

        assertBrokenAt(report, 2, BreakReason.HEAD_SIGNATURE_INVALID, 2);
        assertThat(report.firstBreak().get().explanationEn()).contains("does not verify");
    }

    @Test
    void readsOneLinkAtATime() {
        List<ChainLink> chain = chain(1000);
        int[] read = {0};
        Iterator<ChainLink> counting = new Iterator<>() {
            final Iterator<ChainLink> links = chain.iterator();

            public boolean hasNext() {
                return links.hasNext();
            }

            public ChainLink next() {
                read[0]++;
                return links.next();
            }
        };
        chain.set(10, ChainLink.next(11, "1".repeat(64), AT, "status", "d", "a", "01"));

        ChainReport report = ChainVerifier.verify(counting, List.<HeadClaim>of().iterator(), 1000);

        assertThat(report.firstBreak()).get().extracting(ChainBreak::sequence).isEqualTo(11L);
        assertThat(read[0]).as("the walk stops at the first break").isEqualTo(11);
    }

    private static void assertBrokenAt(ChainReport report, long sequence, BreakReason reason, long checked) {
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak()).get().extracting(ChainBreak::sequence, ChainBreak::reason).containsExactly(sequence, reason);
        assertThat(report.entriesChecked()).as("entries that verified before the break").isEqualTo(checked);
        assertThat(report.firstBreak().get().explanationVi()).isNotBlank();
    }

    private static ChainReport verify(List<ChainLink> links, List<HeadClaim> heads, long upTo) {
        return ChainVerifier.verify(links.iterator(), heads.iterator(), upTo);
    }

    private static HeadClaim head(long id, ChainLink at) {
        return new HeadClaim(id, at.sequence(), at.hash(), AT, false, Optional.empty(), Optional.empty());
    }

    private static List<ChainLink> chain(int length) {
        List<ChainLink> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        String[] kinds = {"accepted", "delivered", "fetched", "acknowledged", "status"};
        for (int n = 1; n <= length; n++) {
            ChainLink link = ChainLink.next(n, previous, AT.plusMillis(n), kinds[(n - 1) % kinds.length],
                    "01938b6e-0000-7000-8000-00000000000" + (n % 10), n % 2 == 0 ? "000.00.00.G22" : "000.00.00.H53",
                    n % 5 == 0 ? "03" : null);
            chain.add(link);
            previous = link.hash();
        }
        return chain;
    }
}
