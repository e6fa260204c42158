package vn.lienthong.procedure.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The last number given to a unit's dossiers on one day (the NNNN of {@link DossierCode}). Only
 * {@link DossierCounters} touches it, through the two queries below: incrementing the row locks it
 * until the intake commits.
 */
@Entity
@Table(name = "dossier_counter")
@IdClass(DossierCounter.Key.class)
@NamedQuery(name = "DossierCounter.increment", query = "update DossierCounter c set c.lastNumber = c.lastNumber + 1"
        + " where c.agencyCode = :agency and c.dayKey = :day")
@NamedQuery(name = "DossierCounter.last",
        query = "select c.lastNumber from DossierCounter c where c.agencyCode = :agency and c.dayKey = :day")
public class DossierCounter {

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Id
    @Column(name = "day_key")
    private int dayKey;

    @Column(name = "last_no", nullable = false)
    private int lastNumber;

    protected DossierCounter() {
        // for JPA
    }

    /** The day's row before its first dossier. */
    DossierCounter(String agencyCode, int dayKey) {
        this.agencyCode = agencyCode;
        this.dayKey = dayKey;
    }

    /** The counter row's key: the unit's agency code and the day as yyyyMMdd. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String agencyCode;
        private int dayKey;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dayKey == dayKey && Objects.equals(k.agencyCode, agencyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, dayKey);
        }
    }
}
