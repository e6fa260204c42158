package vn.lienthong.signature.testing;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Many signed packages that differ in what canonicalisation must get right — namespaces (default,
 * redeclared, unused, rebound, relative), comments, processing instructions, CRLF, character and
 * attribute escaping, CDATA, whitespace, xml:* attributes — signed with every accepted method, each
 * transform list and InclusiveNamespaces, the signature in several places; and the same packages
 * tampered with in the ways an attacker or a broken client would. Named, in a stable order: the
 * differential test and the fuzz test's seed corpus use them.
 */
public final class SignedVariants {

    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String EXSLT_NS_COMMENT = "<!-- a comment -->";

    private SignedVariants() {
    }

    public static String resource(String path) {
        try (InputStream in = SignedVariants.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document variants as written (unsigned), by name. */
    public static Map<String, String> texts() {
        String d = resource("/edxml/document.edxml");
        Map<String, String> t = new LinkedHashMap<>();
        t.put("plain", d);
        t.put("status", resource("/edxml/status.edxml"));
        t.put("every-field", resource("/edxml/full/document-every-field.edxml"));
        t.put("status-every-field", resource("/edxml/full/status-every-field.edxml"));
        t.put("crlf", d.replace("\n", "\r\n"));
        t.put("no-declaration", d.substring(d.indexOf("?>") + 2).stripLeading());
        t.put("bom", "\uFEFF" + d);
        String unprefixed = d.replace("edXML:", "").replace("xmlns:edXML=", "xmlns=");
        t.put("default-namespace", unprefixed);
        t.put("default-redeclared", unprefixed
                .replace("<MessageHeader>", "<MessageHeader xmlns=\"" + NS + "\">")
                .replace("<Subject>", "<Subject xmlns=\"" + NS + "\">")
                .replace("<TraceHeaderList>", "<TraceHeaderList><Note xmlns=\"\">không tên miền<Inner xmlns=\"" + NS
                        + "\">lại tên miền</Inner></Note>"));
        t.put("unused-namespaces", d.replace("<edXML:edXML xmlns:edXML=\"" + NS + "\">",
                        "<edXML:edXML xmlns:unused=\"urn:lienthong:unused\" xmlns:a=\"http://a.example/ns\" xmlns:edXML=\"" + NS + "\">")
                .replace("<edXML:MessageHeader>", "<edXML:MessageHeader xmlns:edXML=\"" + NS + "\" xmlns:b=\"http://b.example/\">"));
        t.put("prefixes-rebound", d
                .replace("<edXML:Subject>", "<edXML:Subject xmlns:x=\"http://x.example/1\" x:lang=\"vi\">")
                .replace("<edXML:Content>", "<edXML:Content xmlns:x=\"http://x.example/2\" x:k=\"v\" xmlns:y=\"http://a.example/\" y:k=\"w\">")
                .replace("<edXML:Place>Hà Nội", "<p:Place xmlns:p=\"" + NS + "\">Hà Nội</p:Place><edXML:Place2>Hà Nội")
                .replace("</edXML:Place>\n          <edXML:PromulgationDate>", "</edXML:Place2>\n          <edXML:PromulgationDate>"));
        t.put("comments", d.replace("<edXML:edXML ", EXSLT_NS_COMMENT + "\n<edXML:edXML ")
                .replace("<edXML:MessageHeader>", "<edXML:MessageHeader><!-- trong tiêu đề \r -->")
                .replace("Công văn</edXML:TypeName>", "Công<!--x--> văn</edXML:TypeName>")
                + "<!-- after the root -->\n");
        t.put("processing-instructions", d.replace("<edXML:edXML ", "<?app prolog data?>\n<?bare?>\n<edXML:edXML ")
                .replace("<edXML:MessageHeader>", "<edXML:MessageHeader><?inside  two  spaces ?>")
                + "<?after data?>\n");
        t.put("attribute-escaping", d.replace("<edXML:edXMLManifest version=\"1.0\">",
                "<edXML:edXMLManifest version=\"1.0\" note='a &amp; b &lt; c \" d &#9;e&#10;f&#13;g &gt; h' tab=\"x\ty\nz\" q=\"&quot;&apos;\">"));
        t.put("text-escaping", d.replace("Phó Chủ nhiệm", "Phó &amp; Chủ &lt;nhiệm&gt; &#13; ]]&gt; &#x1F600; \"&apos;\" &#xD;&#xA;"));
        t.put("cdata", d.replace("<edXML:Content>Đề nghị", "<edXML:Content><![CDATA[a < b & c ]]> ]]&gt;<![CDATA[]]>Đề nghị"));
        t.put("whitespace", d.replaceAll("\n\\s+", "\n\t\t"));
        t.put("no-whitespace", d.replaceAll(">\\s+<", "><"));
        t.put("many-attributes", d.replace("<edXML:edXMLManifest version=\"1.0\">",
                "<edXML:edXMLManifest xmlns:z=\"http://a.example/z\" xmlns:a=\"http://z.example/a\" z:k=\"1\" a:k=\"2\" b=\"3\" version=\"1.0\" a:a=\"4\">"));
        t.put("xml-attributes", d.replace("<edXML:Subject>", "<edXML:Subject xml:lang=\"vi\" xml:space=\"preserve\">"));
        t.put("empty-elements", d.replace("<edXML:BussinessDocReason></edXML:BussinessDocReason>", "<edXML:BussinessDocReason/>"));
        return t;
    }

    /** Every named signed (or deliberately broken) package. */
    public static Map<String, byte[]> all(TestPki.Entry rsa, TestPki.Entry ec, TestPki.Entry weak) {
        Map<String, byte[]> v = new LinkedHashMap<>();
        RawSigning.Options std = RawSigning.Options.standard(rsa);
        for (Map.Entry<String, String> text : texts().entrySet()) {
            v.put(text.getKey() + "/unsigned", text.getValue().getBytes(StandardCharsets.UTF_8));
            v.put(text.getKey() + "/rsa", RawSigning.sign(text.getValue(), rsa, std));
            v.put(text.getKey() + "/ec", RawSigning.sign(text.getValue(), ec, RawSigning.Options.standard(ec)));
            v.put(text.getKey() + "/inclusive", RawSigning.sign(text.getValue(), rsa, std.transforms(List.of(Transform.ENVELOPED), null)));
            v.put(text.getKey() + "/root-end", RawSigning.sign(text.getValue(), rsa, std.at(RawSigning.Placement.ROOT_END)));
        }
        String plain = texts().get("plain");
        String unprefixed = texts().get("default-namespace");
        String unused = texts().get("unused-namespaces");
        v.put("methods/rsa-sha1", RawSigning.sign(plain, rsa, std.methods(SignatureMethod.RSA_SHA1, DigestMethod.SHA1)));
        v.put("methods/ecdsa-sha1", RawSigning.sign(plain, ec, std.methods("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", DigestMethod.SHA256)));
        v.put("methods/sha1-digest", RawSigning.sign(plain, rsa, std.methods(SignatureMethod.RSA_SHA256, DigestMethod.SHA1)));
        v.put("methods/sha384", RawSigning.sign(plain, rsa, std.methods("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
                "http://www.w3.org/2001/04/xmldsig-more#sha384")));
        v.put("methods/sha512", RawSigning.sign(plain, rsa, std.methods(SignatureMethod.RSA_SHA512, DigestMethod.SHA512)));
        v.put("methods/ecdsa-sha512", RawSigning.sign(plain, ec, std.methods("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
                DigestMethod.SHA512)));
        v.put("methods/sha224-digest", RawSigning.sign(plain, rsa, std.methods(SignatureMethod.RSA_SHA256,
                "http://www.w3.org/2001/04/xmldsig-more#sha224")));
        v.put("methods/weak-key", RawSigning.sign(plain, weak, std));
        v.put("methods/weak-key-sha1", RawSigning.sign(plain, weak, std.methods(SignatureMethod.RSA_SHA1, DigestMethod.SHA1)));
        v.put("methods/ca-first", RawSigning.sign(plain, rsa, std.withCaFirst()));
        v.put("c14n/signedinfo-with-comments", RawSigning.sign(plain, rsa, std.signedInfo(CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS, null)));
        v.put("c14n/signedinfo-inclusive", RawSigning.sign(plain, rsa, std.signedInfo(CanonicalizationMethod.INCLUSIVE, null)));
        v.put("c14n/signedinfo-prefixes", RawSigning.sign(plain, rsa, std.signedInfo(CanonicalizationMethod.EXCLUSIVE, List.of("edXML", "#default"))));
        v.put("c14n/transform-with-comments", RawSigning.sign(texts().get("comments"), rsa,
                std.transforms(List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS), null)));
        v.put("c14n/canonicalise-then-envelope", RawSigning.sign(plain, rsa,
                std.transforms(List.of(CanonicalizationMethod.EXCLUSIVE, Transform.ENVELOPED), null)));
        v.put("c14n/envelope-twice", RawSigning.sign(plain, rsa, std.transforms(List.of(Transform.ENVELOPED, Transform.ENVELOPED), null)));
        v.put("c14n/no-enveloped", RawSigning.sign(plain, rsa, std.transforms(List.of(CanonicalizationMethod.EXCLUSIVE), null)));
        v.put("c14n/inclusive-transform", RawSigning.sign(plain, rsa,
                std.transforms(List.of(Transform.ENVELOPED, CanonicalizationMethod.INCLUSIVE), null)));
        v.put("c14n/prefix-list-edxml", RawSigning.sign(plain, rsa, std.transforms(std.transforms(), List.of("edXML"))));
        v.put("c14n/prefix-list-default", RawSigning.sign(unprefixed, rsa, std.transforms(std.transforms(), List.of("#default"))));
        v.put("c14n/prefix-list-many", RawSigning.sign(unused, rsa, std.transforms(std.transforms(), List.of("edXML", "a", "unused", "b", "absent"))));
        v.put("c14n/prefix-list-many-default", RawSigning.sign(texts().get("default-redeclared"), rsa,
                std.transforms(std.transforms(), List.of("#default", "a")).signedInfo(CanonicalizationMethod.EXCLUSIVE, List.of("#default"))));
        v.put("c14n/prefix-list-empty", RawSigning.sign(plain, rsa, std.transforms(std.transforms(), List.of())));
        v.put("place/header-start", RawSigning.sign(plain, rsa, std.at(RawSigning.Placement.HEADER_START)));
        v.put("place/envelope-end", RawSigning.sign(plain, ec, RawSigning.Options.standard(ec).at(RawSigning.Placement.ENVELOPE_END)));
        v.put("place/default-namespace-root-end", RawSigning.sign(unprefixed, rsa, std.at(RawSigning.Placement.ROOT_END)));

        byte[] signed = v.get("plain/rsa");
        String s = new String(signed, StandardCharsets.UTF_8);
        v.put("tampered/header", replace(s, "Nghệ An", "Hà Tĩnh"));
        v.put("tampered/attachment", replace(s, "JVBERi0xLjQK", "JVBERi0xLjUK"));
        v.put("tampered/digest-value", edit(s, t -> {
            int at = t.indexOf("<ds:DigestValue>") + "<ds:DigestValue>".length();
            return t.substring(0, at) + (t.charAt(at) == 'A' ? 'B' : 'A') + t.substring(at + 1);
        }));
        v.put("tampered/signature-value", edit(s, t -> {
            int at = t.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length() + 5;
            return t.substring(0, at) + (t.charAt(at) == 'A' ? 'B' : 'A') + t.substring(at + 1);
        }));
        v.put("tampered/signature-value-short", edit(s, t -> t.replaceFirst("<ds:SignatureValue>[^<]{8}", "<ds:SignatureValue>")));
        v.put("tampered/ecdsa-value-short", edit(new String(v.get("plain/ec"), StandardCharsets.UTF_8),
                t -> t.replaceFirst("<ds:SignatureValue>[^<]{4}", "<ds:SignatureValue>")));
        v.put("tampered/signature-value-not-base64", edit(s, t -> t.replaceFirst("<ds:SignatureValue>", "<ds:SignatureValue>=*=")));
        v.put("tampered/signature-value-junk-characters", edit(s, t -> t.replaceFirst("<ds:SignatureValue>", "<ds:SignatureValue>*!")));
        v.put("tampered/signedinfo-whitespace", replace(s, "<ds:SignedInfo>", "<ds:SignedInfo> "));
        v.put("tampered/signedinfo-comment", replace(s, "<ds:SignedInfo>", "<ds:SignedInfo><!-- c -->"));
        v.put("tampered/signedinfo-comment-with-comments", edit(new String(v.get("c14n/signedinfo-with-comments"), StandardCharsets.UTF_8),
                t -> t.replace("<ds:SignedInfo>", "<ds:SignedInfo><!-- c -->")));
        v.put("tampered/whitespace-in-signature", replace(s, "<ds:SignatureValue>", "\n  <ds:SignatureValue>"));
        v.put("tampered/comment-in-document", replace(s, "<edXML:Subject>", "<!-- added later --><edXML:Subject>"));
        v.put("tampered/pi-in-document", replace(s, "<edXML:Subject>", "<?added later?><edXML:Subject>"));
        v.put("tampered/unused-namespace-added", replace(s, "<edXML:edXML ", "<edXML:edXML xmlns:added=\"urn:added\" "));
        v.put("tampered/unused-namespace-added-inclusive", edit(new String(v.get("plain/inclusive"), StandardCharsets.UTF_8),
                t -> t.replace("<edXML:edXML ", "<edXML:edXML xmlns:added=\"urn:added\" ")));
        v.put("tampered/superfluous-redeclaration", replace(s, "<edXML:Subject>", "<edXML:Subject xmlns:edXML=\"" + NS + "\">"));
        v.put("tampered/prefix-renamed", edit(s, t -> t.replace("edXML:", "e:").replace("xmlns:edXML=", "xmlns:e=")));
        v.put("tampered/attribute-quotes", replace(s, "version=\"1.0\"", "version='1.0'"));
        v.put("tampered/crlf-after-signing", edit(s, t -> t.replace("\n", "\r\n")));
        v.put("tampered/character-reference", replace(s, "Nghệ An", "Ngh&#x1EC7; An"));
        // A relative namespace URI cannot be canonicalised (the JDK refuses to sign such a package, too).
        v.put("tampered/relative-namespace", replace(s, "<edXML:SteeringType>", "<edXML:SteeringType xmlns:rel=\"relative/ns\">"));
        v.put("tampered/relative-namespace-used", replace(s, "<edXML:SteeringType>0</edXML:SteeringType>",
                "<rel:Ext xmlns:rel=\"relative\">x</rel:Ext><edXML:SteeringType>0</edXML:SteeringType>"));
        v.put("tampered/relative-namespace-inclusive", edit(new String(v.get("plain/inclusive"), StandardCharsets.UTF_8),
                t -> t.replace("<edXML:SteeringType>", "<edXML:SteeringType xmlns:rel=\"relative/ns\">")));
        v.put("tampered/relative-namespace-in-signedinfo", replace(s, "<ds:SignedInfo>", "<ds:SignedInfo xmlns:rel=\"rel\">"));
        v.put("tampered/relative-namespace-after-signature", edit(new String(v.get("plain/rsa"), StandardCharsets.UTF_8),
                t -> t.replace("<edXML:edXMLManifest ", "<edXML:edXMLManifest xmlns:rel=\"rel\" ")));
        v.put("stripped", PackageSigning.stripSignature(signed));
        v.put("twice/nested", PackageSigning.signAgainInside(signed, ec));
        v.put("twice/second-copy", replace(s, "</edXML:edXMLBody>", s.substring(s.indexOf("<ds:Signature"),
                s.indexOf("</ds:Signature>") + "</ds:Signature>".length()) + "</edXML:edXMLBody>"));
        v.put("structure/foreign-signature", replace(s, "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">",
                "<ds:Signature xmlns:ds=\"http://example.com/not-dsig\">"));
        v.put("structure/no-keyinfo", edit(s, t -> t.replaceFirst("(?s)<ds:KeyInfo>.*</ds:KeyInfo>", "")));
        v.put("structure/empty-keyinfo", edit(s, t -> t.replaceFirst("(?s)<ds:KeyInfo>.*</ds:KeyInfo>", "<ds:KeyInfo></ds:KeyInfo>")));
        v.put("structure/keyname-only", edit(s, t -> t.replaceFirst("(?s)<ds:KeyInfo>.*</ds:KeyInfo>", "<ds:KeyInfo><ds:KeyName>k</ds:KeyName></ds:KeyInfo>")));
        v.put("structure/certificate-garbled", edit(s, t -> t.replaceFirst("<ds:X509Certificate>MII", "<ds:X509Certificate>MIJ")));
        v.put("structure/only-ca-certificate", edit(s, t -> t.replaceFirst("<ds:X509Certificate>[^<]*</ds:X509Certificate>", "")));
        v.put("structure/reference-uri-fragment", replace(s, "URI=\"\"", "URI=\"#x\""));
        v.put("structure/reference-uri-absent", replace(s, "URI=\"\"", ""));
        v.put("structure/reference-uri-external", replace(s, "URI=\"\"", "URI=\"http://example.com/x\""));
        v.put("structure/two-references", edit(s, t -> {
            int start = t.indexOf("<ds:Reference");
            int end = t.indexOf("</ds:Reference>") + "</ds:Reference>".length();
            return t.substring(0, end) + t.substring(start, end) + t.substring(end);
        }));
        v.put("structure/extra-element-in-signedinfo", replace(s, "</ds:SignedInfo>", "<ds:Extra/></ds:SignedInfo>"));
        v.put("structure/extra-element-in-reference", replace(s, "</ds:DigestValue>", "</ds:DigestValue><ds:Extra/>"));
        v.put("structure/xpath-transform", replace(s, "<ds:Transforms>", "<ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>1</ds:XPath></ds:Transform>"));
        v.put("structure/unknown-transform", replace(s, "Algorithm=\"" + Transform.ENVELOPED + "\"", "Algorithm=\"urn:unknown\""));
        v.put("structure/md5-digest", replace(s, "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2001/04/xmldsig-more#md5"));
        v.put("structure/hmac-method", replace(s, SignatureMethod.RSA_SHA256, SignatureMethod.HMAC_SHA256));
        v.put("structure/method-without-algorithm", replace(s, "<ds:SignatureMethod Algorithm=\"" + SignatureMethod.RSA_SHA256 + "\"", "<ds:SignatureMethod"));
        v.put("structure/method-with-parameter", edit(s, t -> t.replaceFirst("(<ds:SignatureMethod [^>]*)/>", "$1><ds:HMACOutputLength>1</ds:HMACOutputLength></ds:SignatureMethod>")));
        v.put("structure/signature-value-missing", edit(s, t -> t.replaceFirst("<ds:SignatureValue>[^<]*</ds:SignatureValue>", "")));
        v.put("structure/object-after-keyinfo", replace(s, "</ds:Signature>", "<ds:Object><x:any xmlns:x=\"urn:x\">anything</x:any></ds:Object></ds:Signature>"));
        v.put("structure/junk-after-keyinfo", replace(s, "</ds:Signature>", "<ds:Junk/></ds:Signature>"));
        v.put("structure/inclusive-namespaces-wrong-element", edit(new String(v.get("c14n/prefix-list-edxml"), StandardCharsets.UTF_8),
                t -> t.replace("InclusiveNamespaces", "OtherNamespaces")));
        v.put("structure/mismatched-key", edit(s, t -> t.replace(SignatureMethod.RSA_SHA256, SignatureMethod.ECDSA_SHA256)));
        v.put("structure/not-xml", "<edXML:edXML xmlns:edXML=\"x\"><unclosed>".getBytes(StandardCharsets.UTF_8));
        v.put("structure/doctype", ("<!DOCTYPE x>" + new String(signed, StandardCharsets.UTF_8).substring(s.indexOf("?>") + 2))
                .getBytes(StandardCharsets.UTF_8));
        return v;
    }

    private static byte[] replace(String signed, String from, String to) {
        return edit(signed, t -> {
            if (!t.contains(from)) {
                throw new IllegalArgumentException("nothing to replace: " + from);
            }
            return t.replace(from, to);
        });
    }

    private static byte[] edit(String signed, UnaryOperator<String> change) {
        String changed = change.apply(signed);
        if (changed.equals(signed)) {
            throw new IllegalArgumentException("the edit changed nothing");
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }
}
