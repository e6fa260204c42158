package vn.lienthong.reporting.regime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.reporting.period.Frequency;

import java.time.Instant;

/** A report regime (chế độ báo cáo): its code, who issued it, and which of its versions is the latest. */
@Entity
@Table(name = "report_regime")
@NamedQuery(name = "Regime.all", query = "select r from Regime r order by r.code")
public class Regime {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "issuer_code", nullable = false, length = 32)
    private AgencyCode issuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected Regime() {
    }

    Regime(RegimeDefinition first, String actor, Instant now) {
        this.code = first.code();
        this.issuer = first.issuer();
        this.frequency = first.frequency();
        this.currentVersion = 1;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
    }

    /** The number the next version gets; the regime now names it as its latest. */
    int nextVersion(RegimeDefinition definition, Instant now) {
        currentVersion++;
        issuer = definition.issuer();
        updatedAt = now;
        return currentVersion;
    }

    public String code() {
        return code;
    }

    public AgencyCode issuer() {
        return issuer;
    }

    public Frequency frequency() {
        return frequency;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
