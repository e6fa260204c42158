package vn.lienthong.signature.xmldsig;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of a package before its signature, kept until the signature says how to digest them
 * (digest algorithm, canonicalisation, InclusiveNamespaces): in an edXML package the signature ends
 * the header, so this is the header, a few kilobytes. Bounded by {@code limit} characters; past it
 * the recording is abandoned ({@link #overflowed()}) and the digest is computed by a second pass
 * over the stored bytes instead, so memory never grows with the package.
 */
final class EventRecording implements XmlEventSink {

    private sealed interface Event permits Start, End, Characters, Instruction {
    }

    private record Start(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                         List<CanonicalXmlWriter.Attribute> attributes) implements Event {
    }

    private record End() implements Event {
    }

    private record Characters(char[] text) implements Event {
    }

    private record Instruction(String target, String data) implements Event {
    }

    private static final End END = new End();

    private final long limit;
    private List<Event> events = new ArrayList<>();
    private long characters;

    EventRecording(long limit) {
        this.limit = limit;
    }

    boolean overflowed() {
        return events == null;
    }

    private void add(Event e, long size) {
        if (events == null) {
            return;
        }
        characters += size;
        if (characters > limit) {
            events = null;
            return;
        }
        events.add(e);
    }

    @Override
    public void startElement(String prefix, String localName, String namespace, List<CanonicalXmlWriter.Declaration> declarations,
                             List<CanonicalXmlWriter.Attribute> attributes) {
        long size = 16 + localName.length();
        for (CanonicalXmlWriter.Attribute a : attributes) {
            size += 16 + a.value().length();
        }
        add(new Start(prefix, localName, namespace, declarations, attributes), size + 16L * declarations.size());
    }

    @Override
    public void endElement() {
        add(END, 1);
    }

    @Override
    public void text(char[] text, int start, int length, boolean cdata) {
        char[] copy = new char[length];
        System.arraycopy(text, start, copy, 0, length);
        add(new Characters(copy), length);
    }

    @Override
    public void comment(String text) {
        // URI="" leaves comments out of the digest (XML-DSig 4.4.3.3): nothing to keep.
    }

    @Override
    public void processingInstruction(String target, String data) {
        add(new Instruction(target, data), 16 + target.length() + (data == null ? 0 : data.length()));
    }

    /** Replays what was recorded, in order, then forgets it. */
    void replayInto(XmlEventSink sink) {
        for (Event e : events) {
            if (e instanceof Start s) {
                sink.startElement(s.prefix(), s.localName(), s.namespace(), s.declarations(), s.attributes());
            } else if (e instanceof Characters c) {
                sink.text(c.text(), 0, c.text().length, false);
            } else if (e instanceof Instruction i) {
                sink.processingInstruction(i.target(), i.data());
            } else {
                sink.endElement();
            }
        }
        events = null;
    }
}
