package vn.lienthong.directory.federation;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.change.DirectoryChangeKind;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry outside this instance's tree takes the state the upstream's feed gives it, once. */
class FollowedEntryTest {

    private static final AgencyCode NATIONAL = AgencyCode.of("000.00.90.G22");
    private static final AgencyCode PROVINCE_B = AgencyCode.of("000.00.00.H29");
    private static final AgencyCode OLD = AgencyCode.of("000.00.12.H29");
    private static final AgencyCode SUCCESSOR = AgencyCode.of("000.00.13.H29");
    private static final Instant T0 = Instant.parse("2026-12-06T01:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-06T02:00:00Z");

    private final Set<AgencyCode> heldHere = Set.of(PROVINCE_B, SUCCESSOR);

    private static UpstreamAgency active(AgencyCode code, String name, AgencyCode parent) {
        return new UpstreamAgency(code, name, Optional.ofNullable(parent), true, Optional.empty(), Optional.empty());
    }

    private Agency added(UpstreamAgency state) {
        return FollowedEntry.apply(null, state, NATIONAL, heldHere::contains, T0).agency();
    }

    @Test
    void anAgencyTheUpstreamHoldsIsAddedHereReachedThroughTheUpstream() {
        FollowedEntry.Outcome outcome = FollowedEntry.apply(null, active(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B), NATIONAL,
                heldHere::contains, T0);

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.changes()).containsExactly(DirectoryChangeKind.ADDED);
        assertThat(outcome.agency().code()).isEqualTo(OLD);
        assertThat(outcome.agency().parent()).contains(PROVINCE_B);
        assertThat(outcome.agency().servedBy()).contains(NATIONAL);
        assertThat(outcome.agency().isActive()).isTrue();
    }

    @Test
    void applyingAStateTheEntryAlreadyHasChangesNothing() {
        UpstreamAgency state = active(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B);
        Agency entry = added(state);

        FollowedEntry.Outcome again = FollowedEntry.apply(entry, state, NATIONAL, heldHere::contains, T1);

        assertThat(again.changes()).isEmpty();
        assertThat(again.created()).isFalse();
        assertThat(entry.updatedAt()).as("not even touched").isEqualTo(T0);
    }

    @Test
    void aRenameUpstreamIsARenameHereOnce() {
        Agency entry = added(active(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B));
        UpstreamAgency renamed = active(OLD, "Sở Khoa học, Công nghệ và Đổi mới sáng tạo", PROVINCE_B);

        assertThat(FollowedEntry.apply(entry, renamed, NATIONAL, heldHere::contains, T1).changes())
                .containsExactly(DirectoryChangeKind.RENAMED);
        assertThat(entry.name()).isEqualTo("Sở Khoa học, Công nghệ và Đổi mới sáng tạo");
        assertThat(FollowedEntry.apply(entry, renamed, NATIONAL, heldHere::contains, T1).changes()).isEmpty();
    }

    @Test
    void aMergeUpstreamIsAMergeHereWhoseSuccessorTheSuccessionRuleFollows() {
        Agency entry = added(active(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B));
        UpstreamAgency merged = new UpstreamAgency(OLD, "Sở Khoa học và Công nghệ", Optional.of(PROVINCE_B), false,
                Optional.of(SUCCESSOR), Optional.of("Nghị quyết sáp nhập"));

        FollowedEntry.Outcome outcome = FollowedEntry.apply(entry, merged, NATIONAL, heldHere::contains, T1);

        assertThat(outcome.changes()).containsExactly(DirectoryChangeKind.MERGED);
        assertThat(entry.isActive()).isFalse();
        assertThat(entry.successor()).as("what DirectoryService.activeSuccessor follows").contains(SUCCESSOR);
        assertThat(entry.servedBy()).contains(NATIONAL);
        assertThat(FollowedEntry.apply(entry, merged, NATIONAL, heldHere::contains, T1).changes()).as("applied twice").isEmpty();
    }

    @Test
    void anAgencyFirstSeenRetiredIsAddedThenRetiredAsTheUpstreamHasIt() {
        FollowedEntry.Outcome merged = FollowedEntry.apply(null, new UpstreamAgency(OLD, "Sở cũ", Optional.of(PROVINCE_B), false,
                Optional.of(SUCCESSOR), Optional.empty()), NATIONAL, heldHere::contains, T0);
        FollowedEntry.Outcome deactivated = FollowedEntry.apply(null, new UpstreamAgency(OLD, "Sở cũ", Optional.of(PROVINCE_B),
                false, Optional.empty(), Optional.empty()), NATIONAL, heldHere::contains, T0);

        assertThat(merged.changes()).containsExactly(DirectoryChangeKind.ADDED, DirectoryChangeKind.MERGED);
        assertThat(merged.agency().successor()).contains(SUCCESSOR);
        assertThat(deactivated.changes()).containsExactly(DirectoryChangeKind.ADDED, DirectoryChangeKind.DEACTIVATED);
        assertThat(deactivated.agency().successor()).isEmpty();
        assertThat(deactivated.agency().isActive()).isFalse();
    }

    @Test
    void aMoveUpstreamIsAMoveHere() {
        Agency entry = added(active(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B));

        assertThat(FollowedEntry.apply(entry, active(OLD, "Sở Khoa học và Công nghệ", SUCCESSOR), NATIONAL, heldHere::contains, T1)
                .changes()).containsExactly(DirectoryChangeKind.MOVED);
        assertThat(entry.parent()).contains(SUCCESSOR);
    }

    @Test
    void aParentThisDirectoryDoesNotHoldIsLeftUnnamedRatherThanInvented() {
        AgencyCode unit = AgencyCode.of("000.01.12.H29");
        FollowedEntry.Outcome outcome = FollowedEntry.apply(null, active(unit, "Chi cục", OLD), NATIONAL, heldHere::contains, T0);

        assertThat(outcome.agency().parent()).isEmpty();
        assertThat(FollowedEntry.apply(outcome.agency(), active(unit, "Chi cục", OLD), NATIONAL, heldHere::contains, T1).changes())
                .as("still nothing to do while the parent is not here").isEmpty();
    }

    @Test
    void anEntryAdministratorsKeepHereIsLeftAlone() {
        Agency servedHere = new Agency(OLD, "Sở Khoa học và Công nghệ", PROVINCE_B, T0);
        Agency throughAnotherHub = new Agency(SUCCESSOR, "Sở mới", PROVINCE_B, T0);
        throughAnotherHub.serveThrough(AgencyCode.of("000.00.90.H29"), T0);

        FollowedEntry.Outcome first = FollowedEntry.apply(servedHere, active(OLD, "Tên khác", PROVINCE_B), NATIONAL,
                heldHere::contains, T1);
        FollowedEntry.Outcome second = FollowedEntry.apply(throughAnotherHub, active(SUCCESSOR, "Tên khác", PROVINCE_B), NATIONAL,
                heldHere::contains, T1);

        assertThat(first.skipped()).contains("served by this instance itself");
        assertThat(second.skipped()).hasValueSatisfying(why -> assertThat(why).contains("000.00.90.H29"));
        assertThat(servedHere.name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(throughAnotherHub.name()).isEqualTo("Sở mới");
    }
}
