package vn.lienthong.signature.xmldsig;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows one pass over a package's parse events and works out, without holding the package:
 * how many XML-DSig Signature elements it carries, the first one as a small tree, and the digest
 * of the document without that signature, canonicalised as the signature says.
 *
 * <p>The signature says how to digest only once it has been read, and in an edXML package it ends
 * the header: the events before it (the header) are recorded, bounded, and replayed into the
 * digest once the signature is known; everything after streams straight into the digest. A
 * package whose signature comes after more than {@code recordingLimit} characters cannot be
 * digested in this pass: {@link Result#digestPending()} then asks for a second pass, given the
 * plan, over the stored bytes.
 *
 * <p>Feed it every event of the pass ({@link #event(XMLStreamReader)}), then call {@link #finish()}.
 */
public final class SignatureScan {

    /** Characters of the events before the signature kept for the digest (an edXML header is a few KB). */
    public static final long RECORDING_LIMIT = 1 << 20;

    private final DigestPlan knownPlan;
    private final List<CanonicalXmlWriter.Declaration> scope = new ArrayList<>();
    private final List<Integer> scopeFrames = new ArrayList<>();
    private int depth;
    private int signatures;
    /** Depth of the first Signature element while its events are read; 0 outside it. */
    private int signatureDepth;
    private SignatureTree.Builder tree;
    private SignatureTree signature;
    private Optional<DigestPlan> plan = Optional.empty();
    private EventRecording recording;
    private CanonicalXmlWriter canonical;
    private MessageDigest digest;
    private byte[] digestValue;
    private RuntimeException digestFailure;
    private boolean failed;

    private SignatureScan(DigestPlan knownPlan, long recordingLimit) {
        this.knownPlan = knownPlan;
        if (knownPlan == null) {
            recording = new EventRecording(recordingLimit);
        } else {
            plan = Optional.of(knownPlan);
            startDigest(knownPlan);
        }
    }

    /** A first pass: the signature is not known yet. */
    public static SignatureScan firstPass() {
        return new SignatureScan(null, RECORDING_LIMIT);
    }

    /** A first pass that records at most {@code recordingLimit} characters before the signature (0: digest in a second pass). */
    public static SignatureScan firstPass(long recordingLimit) {
        return new SignatureScan(null, recordingLimit);
    }

    /** A pass that digests with a plan already known (the signature was read by an earlier pass). */
    public static SignatureScan secondPass(DigestPlan plan) {
        return new SignatureScan(plan, 0);
    }

    /** What a pass found. */
    public record Result(int signatures, SignatureTree signature, Optional<DigestPlan> plan, byte[] digest,
                         RuntimeException digestFailure) {
        /** The digest could not be computed in this pass (signature too far into the package): a second pass must. */
        public boolean digestPending() {
            return signatures == 1 && plan.isPresent() && digest == null && digestFailure == null && !plan.get().unmatchable();
        }
    }

    /** A parse error ended the pass (the package is not well-formed): nothing found is to be used. */
    public void failed() {
        failed = true;
    }

    public boolean hasFailed() {
        return failed;
    }

    /**
     * Takes the event the reader is positioned on. Never throws: a construct no verifier reads
     * (a DTD, an entity reference) marks the pass failed, and the reader that drives the pass refuses it.
     */
    public void event(XMLStreamReader r) {
        switch (r.getEventType()) {
            case XMLStreamConstants.START_ELEMENT -> startElement(r);
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                    sink().text(r.getTextCharacters(), r.getTextStart(), r.getTextLength(), false);
            case XMLStreamConstants.CDATA -> sink().text(r.getTextCharacters(), r.getTextStart(), r.getTextLength(), true);
            case XMLStreamConstants.COMMENT -> sink().comment(r.getText());
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> sink().processingInstruction(r.getPITarget(), r.getPIData());
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION -> failed = true;
            default -> {
                // start and end of document, attributes and namespaces (reported with their element)
            }
        }
    }

    private void startElement(XMLStreamReader r) {
        depth++;
        String namespace = orEmpty(r.getNamespaceURI());
        String local = r.getLocalName();
        List<CanonicalXmlWriter.Declaration> declarations = declarations(r);
        List<CanonicalXmlWriter.Attribute> attributes = attributes(r);
        boolean isSignature = SignatureTree.DSIG.equals(namespace) && "Signature".equals(local);
        if (isSignature) {
            signatures++;
        }
        if (signatureDepth == 0 && isSignature && signatures == 1) {
            signatureDepth = depth;
            tree = new SignatureTree.Builder(scope);
        }
        scopeFrames.add(scope.size());
        scope.addAll(declarations);
        sink().startElement(orEmpty(r.getPrefix()), local, namespace, declarations, attributes);
    }

    private void endElement() {
        sink().endElement();
        scope.subList(scopeFrames.remove(scopeFrames.size() - 1), scope.size()).clear();
        if (depth == signatureDepth) {
            signatureDepth = 0;
            signature = tree.build();
            tree = null;
            if (knownPlan == null) {
                signatureRead();
            }
        }
        depth--;
    }

    /** The signature is known: digest what was recorded before it, then go on live. */
    private void signatureRead() {
        try {
            plan = DigestPlan.of(ParsedSignature.parse(signature));
        } catch (ParsedSignature.Malformed | RuntimeException e) {
            // Refused when the verifier reads the signature; nothing to digest for.
            plan = Optional.empty();
        }
        EventRecording recorded = recording;
        recording = null;
        if (plan.isEmpty() || plan.get().unmatchable() || recorded.overflowed()) {
            return;
        }
        startDigest(plan.get());
        try {
            recorded.replayInto(canonical);
        } catch (RelativeNamespaceException e) {
            stopDigest(e);
        }
    }

    private void startDigest(DigestPlan p) {
        digest = p.newDigest();
        MessageDigest target = digest;
        canonical = new CanonicalXmlWriter(new OutputStream() {
            @Override
            public void write(int b) {
                target.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                target.update(b, off, len);
            }
        }, p.mode(), p.prefixes(), false);
    }

    private void stopDigest(RuntimeException failure) {
        digestFailure = failure;
        canonical = null;
        digest = null;
    }

    /** Where the current event goes: the signature's tree, the recording, the digest, or nowhere. */
    private XmlEventSink sink() {
        if (signatureDepth > 0) {
            return tree;
        }
        if (signatures > 1) {
            return IGNORED; // refused whatever the digest
        }
        if (canonical != null) {
            return guarded;
        }
        if (recording != null && !recording.overflowed()) {
            return recording;
        }
        return IGNORED;
    }

    /** The digest's canonicaliser, which may refuse a relative namespace: the digest then fails, the pass goes on. */
    private final XmlEventSink guarded = new XmlEventSink() {
        @Override
        public void startElement(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                                 List<CanonicalXmlWriter.Attribute> attributes) {
            try {
                canonical.startElement(prefix, localName, namespace, declarations, attributes);
            } catch (RelativeNamespaceException e) {
                stopDigest(e);
            }
        }

        @Override
        public void endElement() {
            canonical.endElement();
        }

        @Override
        public void text(char[] text, int start, int length, boolean cdata) {
            canonical.text(text, start, length, cdata);
        }

        @Override
        public void comment(String text) {
            canonical.comment(text);
        }

        @Override
        public void processingInstruction(String target, String data) {
            canonical.processingInstruction(target, data);
        }
    };

    private static final XmlEventSink IGNORED = new XmlEventSink() {
        @Override
        public void startElement(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                                 List<CanonicalXmlWriter.Attribute> attributes) {
        }

        @Override
        public void endElement() {
        }

        @Override
        public void text(char[] text, int start, int length, boolean cdata) {
        }

        @Override
        public void comment(String text) {
        }

        @Override
        public void processingInstruction(String target, String data) {
        }
    };

    public Result finish() {
        if (canonical != null) {
            canonical.flush();
            digestValue = digest.digest();
        }
        return new Result(signatures, signature, plan, digestValue, digestFailure);
    }

    private static List<CanonicalXmlWriter.Declaration> declarations(XMLStreamReader r) {
        int n = r.getNamespaceCount();
        if (n == 0) {
            return List.of();
        }
        List<CanonicalXmlWriter.Declaration> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new CanonicalXmlWriter.Declaration(orEmpty(r.getNamespacePrefix(i)), orEmpty(r.getNamespaceURI(i))));
        }
        return list;
    }

    private static List<CanonicalXmlWriter.Attribute> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) {
            return List.of();
        }
        List<CanonicalXmlWriter.Attribute> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new CanonicalXmlWriter.Attribute(orEmpty(r.getAttributePrefix(i)), r.getAttributeLocalName(i),
                    orEmpty(r.getAttributeNamespace(i)), r.getAttributeValue(i)));
        }
        return list;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
