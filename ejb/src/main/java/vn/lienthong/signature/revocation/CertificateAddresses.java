package vn.lienthong.signature.revocation;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a certificate says its revocation status is published: the HTTP addresses of its OCSP
 * responders (Authority Information Access) and CRLs (CRL Distribution Points). Other schemes (LDAP)
 * are left out: the hub asks over HTTP only.
 */
final class CertificateAddresses {

    private CertificateAddresses() {
    }

    static List<String> ocspUrls(X509Certificate certificate) {
        List<String> urls = new ArrayList<>();
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return urls;
        }
        AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(octets(value));
        for (AccessDescription d : aia.getAccessDescriptions()) {
            if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod()) && isHttp(d.getAccessLocation())) {
                urls.add(d.getAccessLocation().getName().toString());
            }
        }
        return urls;
    }

    static List<String> crlUrls(X509Certificate certificate) {
        List<String> urls = new ArrayList<>();
        byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return urls;
        }
        for (DistributionPoint point : CRLDistPoint.getInstance(octets(value)).getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (isHttp(g)) {
                        urls.add(g.getName().toString());
                    }
                }
            }
        }
        return urls;
    }

    private static boolean isHttp(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return false;
        }
        String url = name.getName().toString();
        return url.startsWith("http://") || url.startsWith("https://");
    }

    private static ASN1Primitive octets(byte[] extensionValue) {
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extensionValue).getOctets());
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable certificate extension", e);
        }
    }
}
