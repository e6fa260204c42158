package vn.lienthong.signature.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyCodeConverter;
import vn.lienthong.directory.credential.CertificateFingerprint;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One rule saying which signing certificates belong to an agency (liên kết người ký với cơ quan):
 * either one certificate, by the SHA-256 fingerprint of its DER encoding, or every certificate
 * whose subject carries an attribute with a given value (e.g. {@code OU=000.00.00.H41}), which
 * keeps working when the agency's certificates are renewed.
 */
@Entity
@Table(name = "signer_binding")
@NamedQuery(name = SignerBinding.MATCHING, query = "select b from SignerBinding b where b.kind = :kind and b.matchValue = :value")
@NamedQuery(name = SignerBinding.OF_AGENCY, query = "select b from SignerBinding b where b.agency = :agency order by b.registeredAt")
public class SignerBinding {

    static final String MATCHING = "SignerBinding.matching";
    static final String OF_AGENCY = "SignerBinding.ofAgency";

    public enum Kind { CERTIFICATE, SUBJECT_ATTRIBUTE }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Convert(converter = AgencyCodeConverter.class)
    @Column(name = "agency_code", nullable = false, length = 32)
    private AgencyCode agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    /** A fingerprint (hex), or {@code TYPE=value} with TYPE a name such as OU or an OID. */
    @Column(name = "match_value", nullable = false, length = 1000)
    private String matchValue;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 200)
    private String registeredBy;

    protected SignerBinding() {
    }

    SignerBinding(AgencyCode agency, Kind kind, String matchValue, String description, Instant at, String by) {
        this.id = UUID.randomUUID().toString();
        this.agency = agency;
        this.kind = kind;
        this.matchValue = matchValue;
        this.description = description;
        this.registeredAt = at;
        this.registeredBy = by;
    }

    /** Whether {@code certificate} is one this rule names. */
    public boolean matches(X509Certificate certificate) {
        return switch (kind) {
            case CERTIFICATE -> CertificateFingerprint.of(certificate).value().equalsIgnoreCase(matchValue);
            case SUBJECT_ATTRIBUTE -> subjectHas(certificate, matchValue);
        };
    }

    public static boolean subjectHas(X509Certificate certificate, String attribute) {
        int eq = attribute.indexOf('=');
        ASN1ObjectIdentifier type = attributeType(attribute.substring(0, eq));
        String wanted = attribute.substring(eq + 1).strip();
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(type)) {
            for (var value : rdn.getTypesAndValues()) {
                if (value.getType().equals(type) && IETFUtils.valueToString(value.getValue()).strip().equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The attribute type of a rule: a name BouncyCastle knows (CN, O, OU, UID, SERIALNUMBER, ...) or a dotted OID. */
    static ASN1ObjectIdentifier attributeType(String name) {
        String n = name.strip();
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            return new ASN1ObjectIdentifier(n);
        }
        return BCStyle.INSTANCE.attrNameToOID(n.toLowerCase(Locale.ROOT));
    }

    public String id() {
        return id;
    }

    public AgencyCode agency() {
        return agency;
    }

    public Kind kind() {
        return kind;
    }

    public String matchValue() {
        return matchValue;
    }

    public String description() {
        return description;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
