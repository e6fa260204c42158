package vn.lienthong.exchange.evidence;

import vn.lienthong.exchange.document.HubDocumentId;

import java.nio.charset.StandardCharsets;

/** The bundle's README.txt: what is inside and how to check it offline, in Vietnamese and English. */
final class Readme {

    private Readme() {
    }

    static byte[] of(HubDocumentId id) {
        return ("""
                Gói bằng chứng của văn bản %1$s — trục liên thông văn bản LienThong
                Evidence bundle of document %1$s — LienThong document interconnection hub

                package.edxml              gói tin đúng từng byte như trục đã nhận / the package exactly as received
                receipts/*.p7s             biên nhận đã ký (CMS) / signed receipts (CMS): acceptance, delivery per recipient
                statuses/*.edxml           các gói trạng thái đã nhận / the status packages received
                evidence/chain.txt         các mục nhật ký của văn bản và chuỗi băm đến đầu chuỗi đã ký /
                                           the document's log entries and the hash chain up to a signed head
                evidence/head.p7s          đầu chuỗi do khóa của trục ký (kèm dấu thời gian RFC 3161 nếu có) /
                                           the head signed by the hub key (with its RFC 3161 timestamp when there is one)
                certificates/hub.pem       chứng thư số của trục / the hub certificate
                META-INF/manifest.xml      SHA-256 của từng tệp / every file's SHA-256
                META-INF/signature.p7s     chữ ký của trục trên manifest.xml / the hub's signature of manifest.xml

                Kiểm tra / Verify (hub.pem: chứng thư số của trục lấy từ nguồn tin cậy / the hub certificate from a source you trust):
                  unzip %1$s.asice -d bundle && cd bundle
                  openssl cms -verify -binary -inform DER -in META-INF/signature.p7s -content META-INF/manifest.xml \\
                      -CAfile hub.pem -purpose any -out /dev/null
                  openssl cms -verify -inform DER -in evidence/head.p7s -CAfile hub.pem -purpose any
                  java -cp lienthong-ejb.jar:bcprov-jdk18on.jar:bcpkix-jdk18on.jar:bcutil-jdk18on.jar \\
                      vn.lienthong.evidence.bundle.BundleVerifierCommand %1$s.asice hub.pem
                Chi tiết / Details: docs/evidence.md, "Evidence bundles".
                """).formatted(id.value()).getBytes(StandardCharsets.UTF_8);
    }
}
