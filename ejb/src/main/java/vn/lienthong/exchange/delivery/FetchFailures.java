package vn.lienthong.exchange.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * The times a recipient's software reported it could not take a package it was delivered (it stays
 * in the inbox to be fetched again), and the last reason: what the sender sees of a troubled fetch.
 */
@Embeddable
public class FetchFailures {

    static final int REASON_LENGTH = 1000;

    @Column(name = "fetch_failures", nullable = false)
    private int count;

    @Column(name = "last_failure_reason", length = REASON_LENGTH)
    private String lastReason;

    @Column(name = "last_failure_at")
    private Instant lastAt;

    public FetchFailures() {
        // for JPA, and a delivery that never failed
    }

    void record(String reason, Instant now) {
        count++;
        lastReason = reason == null ? null : reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        lastAt = now;
    }

    public int count() {
        return count;
    }

    public String lastReason() {
        return lastReason;
    }

    public Instant lastAt() {
        return lastAt;
    }
}
