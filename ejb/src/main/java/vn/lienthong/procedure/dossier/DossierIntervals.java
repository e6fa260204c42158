package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.calendar.ClockPause;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dossier's interval records (pauses and extensions) as its transitions work on them: those it
 * had, and those a transition adds, which {@link DossierRepository#save} writes.
 */
public final class DossierIntervals {

    private final String dossierCode;
    private final List<DossierInterval> records;
    private final List<DossierInterval> added = new ArrayList<>();

    public DossierIntervals(DossierCode dossierCode, List<DossierInterval> records) {
        this.dossierCode = dossierCode.value();
        this.records = new ArrayList<>(records);
    }

    /** The pause that has not ended, if the clock is stopped. */
    Optional<DossierInterval> openPause() {
        return records.stream().filter(DossierInterval::isPause).filter(i -> i.endedAt().isEmpty()).findFirst();
    }

    /** The pauses that ended, in Vietnam's wall-clock time: what the due date is computed from. */
    List<ClockPause> finishedPauses() {
        return records.stream().filter(DossierInterval::isPause).filter(i -> i.endedAt().isPresent())
                .map(i -> new ClockPause(local(i.startedAt()), local(i.endedAt().get()))).toList();
    }

    void openPause(DossierInterval.Kind kind, Instant at, String reason, Instant dueBefore) {
        add(DossierInterval.pause(dossierCode, nextSeq(), kind, at, reason, dueBefore));
    }

    void extension(Extension extension, Instant at, Instant dueBefore, Instant dueAfter) {
        add(DossierInterval.extension(dossierCode, nextSeq(), at, extension.units(), extension.reason(),
                extension.apology(), dueBefore, dueAfter));
    }

    public List<DossierInterval> all() {
        return List.copyOf(records);
    }

    /** The records transitions added since these were read: not yet saved. */
    public List<DossierInterval> added() {
        return List.copyOf(added);
    }

    private void add(DossierInterval interval) {
        records.add(interval);
        added.add(interval);
    }

    private int nextSeq() {
        return records.stream().mapToInt(DossierInterval::seq).max().orElse(0) + 1;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, HubClock.ZONE);
    }
}
