package vn.lienthong.reporting.prefill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One computed indicator's figure of one reporter's obligation, as the pre-fill run fixed it (table prefill_figure). */
@Entity
@Table(name = "prefill_figure")
@IdClass(PrefillFigure.Key.class)
@NamedQuery(name = PrefillFigure.OF_OBLIGATION, query = "select f from PrefillFigure f where f.obligationId = :obligation")
@NamedQuery(name = PrefillFigure.REMOVE_OF_OBLIGATION, query = "delete from PrefillFigure f where f.obligationId = :obligation")
public class PrefillFigure {

    static final String OF_OBLIGATION = "PrefillFigure.ofObligation";
    static final String REMOVE_OF_OBLIGATION = "PrefillFigure.removeOfObligation";

    /** The composite key: obligation and indicator code. */
    public record Key(long obligationId, String indicator) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "obligation_id")
    private long obligationId;

    @Id
    @Column(name = "indicator_code", length = 64)
    private String indicator;

    /** Null when the hub has no figure for the indicator (the reporter gives it). */
    @Column(name = "figure", precision = 28, scale = 6)
    private BigDecimal figure;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected PrefillFigure() {
        // for JPA
    }

    PrefillFigure(long obligationId, String indicator, BigDecimal figure, Instant computedAt) {
        this.obligationId = obligationId;
        this.indicator = indicator;
        this.figure = figure;
        this.computedAt = computedAt;
    }

    String indicator() {
        return indicator;
    }

    BigDecimal figure() {
        return figure;
    }

    Instant computedAt() {
        return computedAt;
    }
}
