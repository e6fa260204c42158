package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Optional;

/**
 * A dossier's times: submitted, received (the clock starts), due, paused since, finished, returned
 * (with its timeliness and the result note), closed, last changed, and the extension units granted. The due date is never edited: it is
 * recomputed from the receipt, the finished pauses and the extensions ({@link ProcessingRules}), so
 * it can always be explained. Changed only by {@link Dossier}'s transitions.
 */
@Embeddable
public class DossierClock {

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "extension_units", nullable = false)
    private int extensionUnits;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeliness", length = 10)
    private Timeliness timeliness;

    @Column(name = "result_note", length = 2000)
    private String resultNote;

    protected DossierClock() {
        // for JPA
    }

    DossierClock(Instant submitted) {
        this.registeredAt = submitted;
        this.updatedAt = submitted;
    }

    void receive(Instant at, ProcessingRules rules, DossierIntervals intervals) {
        receivedAt = at;
        dueAt = rules.dueDate(receivedAt, intervals.finishedPauses(), extensionUnits);
    }

    /** The clock stops; the due date shows its value before the pause until the pause ends. */
    void pause(DossierInterval.Kind kind, String reason, Instant at, DossierIntervals intervals) {
        pausedSince = at;
        intervals.openPause(kind, at, reason, dueAt);
    }

    void resume(String code, Instant at, ProcessingRules rules, DossierIntervals intervals) {
        pausedSince = null;
        DossierInterval pause = intervals.openPause().orElseThrow(() ->
                new IllegalStateException("Dossier " + code + " is paused without an open interval"));
        pause.end(at, null);
        dueAt = rules.dueDate(receivedAt, intervals.finishedPauses(), extensionUnits);
        pause.end(at, dueAt);
    }

    void extend(Extension extension, Instant at, ProcessingRules rules, DossierIntervals intervals) {
        Instant before = dueAt;
        extensionUnits += extension.units();
        dueAt = rules.dueDate(receivedAt, intervals.finishedPauses(), extensionUnits);
        intervals.extension(extension, at, before, dueAt);
    }

    void finish(Instant at) {
        finishedAt = at;
    }

    /** The result is handed over: early, on time or late against the due date. */
    void returned(Instant at, String note) {
        returnedAt = at;
        timeliness = dueAt == null ? Timeliness.ON_TIME : Timeliness.of(at, dueAt);
        resultNote = note;
    }

    void changed(Instant at, boolean closes) {
        updatedAt = at;
        if (closes) {
            closedAt = at;
        }
    }

    /** Open, not finished, not paused, and its due date passed: the same rule as the overdue work list. */
    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now) && closedAt == null && finishedAt == null && pausedSince == null;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public int extensionUnits() {
        return extensionUnits;
    }

    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Timeliness> timeliness() {
        return Optional.ofNullable(timeliness);
    }

    public Optional<String> resultNote() {
        return Optional.ofNullable(resultNote);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
