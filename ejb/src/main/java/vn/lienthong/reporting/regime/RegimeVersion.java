package vn.lienthong.reporting.regime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.lienthong.reporting.period.PeriodKey;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a regime, immutable once written: its whole definition, and the first period it
 * applies to. Periods before keep the version they were opened under.
 */
@Entity
@Table(name = "report_regime_version")
@IdClass(RegimeVersion.Key.class)
@NamedQuery(name = "RegimeVersion.ofRegime",
        query = "select v from RegimeVersion v where v.regimeCode = :code order by v.version")
public class RegimeVersion {

    public static class Key implements Serializable {
        public String regimeCode;
        public int version;

        public Key() {
        }

        public Key(String regimeCode, int version) {
            this.regimeCode = regimeCode;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.regimeCode.equals(regimeCode) && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(regimeCode, version);
        }
    }

    @Id
    @Column(name = "regime_code", length = 40)
    private String regimeCode;

    @Id
    @Column(name = "version")
    private int version;

    /** Empty for a version that applies from the regime's first period on. */
    @Column(name = "valid_from", nullable = false, length = 40)
    private String validFrom;

    @Column(name = "valid_from_start", nullable = false)
    private LocalDate validFromStart;

    @Column(name = "name_vi", nullable = false, length = 1000)
    private String nameVi;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Convert(converter = RegimeDefinitionConverter.class)
    @Column(name = "definition", nullable = false)
    private RegimeDefinition definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected RegimeVersion() {
    }

    RegimeVersion(int version, Optional<PeriodKey> validFrom, RegimeDefinition definition, String actor, Instant now) {
        this.regimeCode = definition.code();
        this.version = version;
        this.validFrom = validFrom.map(PeriodKey::text).orElse("");
        this.validFromStart = validFrom.filter(k -> k.frequency() != vn.lienthong.reporting.period.Frequency.AD_HOC)
                .map(k -> k.window(definition.window()).from()).orElse(LocalDate.of(2000, 1, 1));
        this.nameVi = definition.name().vi();
        this.definition = definition;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public String regimeCode() {
        return regimeCode;
    }

    public int version() {
        return version;
    }

    /** The first period this version applies to; empty: from the regime's first period on. */
    public Optional<PeriodKey> validFrom() {
        return validFrom.isEmpty() ? Optional.empty() : Optional.of(PeriodKey.parse(definition.frequency(), validFrom));
    }

    /** Whether this version may apply to {@code period} (a later version may take over). */
    public boolean appliesFrom(PeriodKey period) {
        return validFrom().map(from -> from.compareTo(period) <= 0).orElse(true);
    }

    public RegimeDefinition definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
