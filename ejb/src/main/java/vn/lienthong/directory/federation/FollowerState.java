package vn.lienthong.directory.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.platform.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far this instance has followed its upstream's directory (table {@code directory_follower}, one
 * row): the upstream's last event applied here, committed with the changes it made, so a round that
 * stops half-way resumes after the last page it committed; and what the last rounds did.
 */
@Entity
@Table(name = "directory_follower")
public class FollowerState {

    static final int ID = 1;
    private static final int MAX_ERROR = 1000;

    @Id
    @Column(name = "id")
    private int id;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "upstream_code", length = 32)
    private AgencyCode upstream;

    @Column(name = "cursor_seq")
    private Long cursor;

    @Column(name = "last_success")
    private Instant lastSuccess;

    @Column(name = "last_attempt")
    private Instant lastAttempt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "next_attempt")
    private Instant nextAttempt;

    @Column(name = "applied", nullable = false)
    private long applied;

    protected FollowerState() {
        // for JPA
    }

    /**
     * The upstream's last event applied here; empty before the first snapshot, and when the
     * configuration names another upstream than the one followed so far (its numbers mean nothing
     * there: that upstream's snapshot comes first).
     */
    public OptionalLong cursor(AgencyCode of) {
        return cursor != null && of.equals(upstream) ? OptionalLong.of(cursor) : OptionalLong.empty();
    }

    /** Whether a round may call the upstream now, after the delay of the last failure. */
    public boolean due(Instant now) {
        return nextAttempt == null || !now.isBefore(nextAttempt);
    }

    /** A page (or the snapshot) applied: {@code changes} changes made here, the cursor moved on. */
    void advanced(AgencyCode of, long to, int changes, Instant now) {
        this.upstream = of;
        this.cursor = to;
        this.applied += changes;
        this.lastAttempt = now;
    }

    /** A round that read the feed to its end. */
    void succeeded(Instant now) {
        this.lastSuccess = now;
        this.lastAttempt = now;
        this.lastError = null;
        this.failures = 0;
        this.nextAttempt = null;
    }

    /**
     * A round that failed: retried after the backoff's delay for this many failures in a row, and
     * after its last delay from then on (a directory feed is never given up: the next round may find
     * the upstream back).
     */
    void failed(String error, Backoff backoff, Duration interval, Instant now) {
        this.failures++;
        this.lastAttempt = now;
        this.lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Duration delay = backoff.delayAfter(failures)
                .or(() -> backoff.delays().isEmpty() ? Optional.empty() : Optional.of(backoff.delays().get(backoff.delays().size() - 1)))
                .orElse(interval);
        this.nextAttempt = now.plus(delay);
    }

    public Optional<AgencyCode> upstream() {
        return Optional.ofNullable(upstream);
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public Optional<Instant> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> nextAttempt() {
        return Optional.ofNullable(nextAttempt);
    }

    public long applied() {
        return applied;
    }
}
