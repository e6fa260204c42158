package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A pause of the clock (supplement request, payment request) or an extension, kept as a record so
 * that the due date can always be recomputed from intake and the portal can be told old and new
 * due dates (DanhSachHoSoBoSung).
 */
@Entity
@Table(name = "dossier_interval")
@IdClass(DossierChildKey.class)
@NamedQuery(name = "DossierInterval.ofDossier",
        query = "select i from DossierInterval i where i.dossierCode = :code order by i.seq")
public class DossierInterval {

    public enum Kind { SUPPLEMENT, PAYMENT, EXTENSION }

    @Id
    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Id
    @Column(name = "seq")
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "units")
    private Integer units;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "apology", length = 4000)
    private String apology;

    @Column(name = "due_before")
    private Instant dueBefore;

    @Column(name = "due_after")
    private Instant dueAfter;

    protected DossierInterval() {
        // for JPA
    }

    static DossierInterval pause(String dossierCode, int seq, Kind kind, Instant start, String reason, Instant dueBefore) {
        DossierInterval i = new DossierInterval();
        i.dossierCode = dossierCode;
        i.seq = seq;
        i.kind = kind;
        i.startedAt = start;
        i.reason = reason;
        i.dueBefore = dueBefore;
        return i;
    }

    static DossierInterval extension(String dossierCode, int seq, Instant at, int units, String reason, String apology,
                                     Instant dueBefore, Instant dueAfter) {
        DossierInterval i = pause(dossierCode, seq, Kind.EXTENSION, at, reason, dueBefore);
        i.endedAt = at;
        i.units = units;
        i.apology = apology;
        i.dueAfter = dueAfter;
        return i;
    }

    void end(Instant at, Instant dueAfter) {
        this.endedAt = at;
        this.dueAfter = dueAfter;
    }

    public int seq() {
        return seq;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPause() {
        return kind != Kind.EXTENSION;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Integer> units() {
        return Optional.ofNullable(units);
    }

    public String reason() {
        return reason;
    }

    public Optional<String> apology() {
        return Optional.ofNullable(apology);
    }

    public Optional<Instant> dueBefore() {
        return Optional.ofNullable(dueBefore);
    }

    public Optional<Instant> dueAfter() {
        return Optional.ofNullable(dueAfter);
    }
}
