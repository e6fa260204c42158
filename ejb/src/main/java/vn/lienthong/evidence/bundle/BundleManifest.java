package vn.lienthong.evidence.bundle;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code META-INF/manifest.xml}: the ODF/ASiC manifest (one {@code file-entry} per file, with its
 * media type and size) and, in the LienThong namespace, each file's SHA-256 and the document the bundle
 * is for. The hub key signs these bytes ({@code META-INF/signature.p7s}), so the signature covers every
 * file through its digest.
 */
public record BundleManifest(String document, List<Entry> entries) {

    static final String ODF = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String LIENTHONG = "urn:lienthong:evidence-bundle:1";

    /** One file of the bundle: its path in the ZIP, media type, size in bytes and SHA-256 (lower-case hexadecimal). */
    public record Entry(String name, String mediaType, long size, String sha256) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public BundleManifest {
        Objects.requireNonNull(document, "document");
        entries = List.copyOf(entries);
    }

    public byte[] xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<manifest:manifest xmlns:manifest=\"").append(ODF).append("\" xmlns:lt=\"").append(LIENTHONG)
                .append("\" manifest:version=\"1.2\" lt:document=\"").append(escape(document)).append("\">\n")
                .append(" <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"").append(BundleWriter.MIMETYPE)
                .append("\"/>\n");
        for (Entry entry : entries) {
            xml.append(" <manifest:file-entry manifest:full-path=\"").append(escape(entry.name())).append("\" manifest:media-type=\"")
                    .append(escape(entry.mediaType())).append("\" manifest:size=\"").append(entry.size()).append("\" lt:sha256=\"")
                    .append(entry.sha256()).append("\"/>\n");
        }
        return xml.append("</manifest:manifest>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; no DTD, no external entity, nothing fetched. */
    public static BundleManifest parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            if (!ODF.equals(root.getNamespaceURI()) || !"manifest".equals(root.getLocalName())) {
                throw new IllegalArgumentException("the root element is not an ODF manifest");
            }
            List<Entry> entries = new ArrayList<>();
            NodeList files = root.getElementsByTagNameNS(ODF, "file-entry");
            for (int i = 0; i < files.getLength(); i++) {
                Element file = (Element) files.item(i);
                String name = file.getAttributeNS(ODF, "full-path");
                if (name.equals("/")) {
                    continue;
                }
                String size = file.getAttributeNS(ODF, "size");
                String sha256 = file.getAttributeNS(LIENTHONG, "sha256");
                if (name.isEmpty() || size.isEmpty() || sha256.isEmpty()) {
                    throw new IllegalArgumentException("file entry " + (i + 1) + " lacks its path, size or SHA-256");
                }
                entries.add(new Entry(name, file.getAttributeNS(ODF, "media-type"), Long.parseLong(size), sha256));
            }
            return new BundleManifest(root.getAttributeNS(LIENTHONG, "document"), entries);
        } catch (ParserConfigurationException | SAXException | IOException | NumberFormatException e) {
            throw new IllegalArgumentException("unreadable manifest: " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
