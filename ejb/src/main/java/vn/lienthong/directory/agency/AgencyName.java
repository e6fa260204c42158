package vn.lienthong.directory.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A name an agency carried from {@code validFrom} until {@code validTo} (open while current). */
@Entity
@Table(name = "agency_name")
@IdClass(AgencyName.Key.class)
@NamedQuery(name = AgencyName.OF_AGENCY, query = "select n from AgencyName n where n.agencyCode = :code order by n.fromSeq")
@NamedQuery(name = AgencyName.CURRENT, query = "select n from AgencyName n where n.agencyCode = :code and n.validTo is null")
public class AgencyName {

    static final String OF_AGENCY = "AgencyName.ofAgency";
    static final String CURRENT = "AgencyName.current";

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Id
    @Column(name = "from_seq")
    private long fromSeq;

    @Column(name = "name", nullable = false, length = 400)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected AgencyName() {
        // for JPA
    }

    public AgencyName(AgencyCode agency, String name, long fromSeq, Instant from) {
        this.agencyCode = agency.value();
        this.name = name;
        this.fromSeq = fromSeq;
        this.validFrom = from;
    }

    public void end(Instant at) {
        this.validTo = at;
    }

    String agencyCode() {
        return agencyCode;
    }

    public String name() {
        return name;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Optional<Instant> validTo() {
        return Optional.ofNullable(validTo);
    }

    public static class Key implements Serializable {
        private String agencyCode;
        private long fromSeq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agencyCode, k.agencyCode) && fromSeq == k.fromSeq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, fromSeq);
        }
    }
}
