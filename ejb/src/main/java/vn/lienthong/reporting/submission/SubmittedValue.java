package vn.lienthong.reporting.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.reporting.value.Cell;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One figure of a submission; a computed one the reporter corrected keeps the hub's figure and the reason. */
@Entity
@Table(name = "report_value")
@IdClass(SubmittedValue.Key.class)
@NamedQuery(name = "SubmittedValue.of", query = "select v from SubmittedValue v where v.submissionId = :submission")
@NamedQuery(name = "SubmittedValue.ofAll", query = "select v from SubmittedValue v where v.submissionId in :submissions")
public class SubmittedValue {

    public static class Key implements Serializable {
        public String submissionId;
        public String indicator;
        public String row;
        public String column;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.submissionId.equals(submissionId) && k.indicator.equals(indicator)
                    && k.row.equals(row) && k.column.equals(column);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, indicator, row, column);
        }
    }

    @Id
    @Column(name = "submission_id", length = 36)
    private String submissionId;

    @Id
    @Column(name = "indicator_code", length = 40)
    private String indicator;

    @Id
    @Column(name = "row_key", length = 40)
    private String row;

    @Id
    @Column(name = "col_key", length = 40)
    private String column;

    @Column(name = "num_value", precision = 28, scale = 6)
    private BigDecimal number;

    @Column(name = "text_value", length = 4000)
    private String text;

    @Column(name = "hub_value", precision = 28, scale = 6)
    private BigDecimal hubValue;

    @Column(name = "correction_reason", length = 2000)
    private String correctionReason;

    protected SubmittedValue() {
    }

    SubmittedValue(String submissionId, Cell cell, BigDecimal number, String text, Correction correction) {
        this.submissionId = submissionId;
        this.indicator = cell.indicator();
        this.row = cell.row();
        this.column = cell.column();
        this.number = number;
        this.text = text;
        if (correction != null) {
            this.hubValue = correction.hubValue();
            this.correctionReason = correction.reason();
        }
    }

    public String submissionId() {
        return submissionId;
    }

    public Cell cell() {
        return Cell.of(indicator, row, column);
    }

    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<Correction> correction() {
        return Optional.ofNullable(correctionReason).map(r -> new Correction(hubValue, r));
    }
}
