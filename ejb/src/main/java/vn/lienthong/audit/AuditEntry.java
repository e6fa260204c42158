package vn.lienthong.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One administrative action, as it was recorded; never changed or deleted afterwards. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int ACTOR_LENGTH = 200;
    static final int TARGET_LENGTH = 200;
    static final int STATE_LENGTH = 16000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(name = "action_code", nullable = false, length = AuditAction.MAX_LENGTH)
    private AuditAction action;

    @Column(name = "target", nullable = false, length = TARGET_LENGTH)
    private String target;

    @Column(name = "before_state", length = STATE_LENGTH)
    private String before;

    @Column(name = "after_state", length = STATE_LENGTH)
    private String after;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String actor, AuditAction action, String target, String before, String after) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = required(actor, "actor", ACTOR_LENGTH);
        this.action = Objects.requireNonNull(action, "action");
        this.target = required(target, "target", TARGET_LENGTH);
        this.before = AuditState.bounded(before, STATE_LENGTH);
        this.after = AuditState.bounded(after, STATE_LENGTH);
    }

    private static String required(String value, String name, int length) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs its " + name);
        }
        String stripped = value.strip();
        return stripped.length() > length ? stripped.substring(0, length) : stripped;
    }

    public AuditEntryView view() {
        return new AuditEntryView(id, at, actor, action.code(), target, before, after);
    }
}
