package vn.lienthong.exchange.edxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches a package's bytes on their way to the XML parser and refuses a comment, a processing
 * instruction or an attribute value longer than its limit, and a document type declaration, before
 * the parser has it: the JDK's parser collects each of those whole in memory before it reports it,
 * so a check after the event would come after a package of one 200 MB comment had filled the heap.
 * (Text and CDATA reach the reader in pieces and are bounded there.)
 *
 * <p>It follows only what it must to know where such a construct starts and ends: markup delimiters,
 * which are ASCII in every encoding it lets through — UTF-8, a single-byte charset that writes ASCII
 * as ASCII (declared in the XML declaration), or UTF-16 (by byte order mark or by the first
 * characters). Any other encoding could hide markup from it, and is refused. Lengths count
 * characters: in UTF-8 the bytes that start one, in UTF-16 16-bit units.
 */
final class MarkupSizeGuard extends FilterInputStream {

    private enum State { TEXT, LT, BANG, BANG_DASH, DOCTYPE_OPEN, CDATA_OPEN, CDATA, COMMENT, PI, TAG, ATTRIBUTE_VALUE }

    private static final String DOCTYPE = "DOCTYPE";
    private static final String CDATA_START = "[CDATA[";
    private static final int NAME_CHARACTERS = 64;
    private static final int DECLARATION_CHARACTERS = 256;

    private final EdxmlLimits limits;


    private State state = State.TEXT;
    private long units;
    private long constructStart;
    private int length;
    private int matched;
    private int quote;
    private final StringBuilder tagName = new StringBuilder();
    private final StringBuilder token = new StringBuilder();
    private String attributeName = "";
    private boolean tagNameDone;
    private final StringBuilder declaration = new StringBuilder();

    /** The bytes as characters; each one reaches {@link #step} as its ASCII value, or -1 for any other. */
    private final CharacterFraming framing = new CharacterFraming((c, counts) -> {
        step(c, counts);
        units++;
    });

    MarkupSizeGuard(InputStream in, EdxmlLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            framing.endOfInput();
        } else {
            framing.accept((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        if (n < 0) {
            framing.endOfInput();
        }
        int end = offset + n;
        for (int i = offset; i < end; i++) {
            if (state == State.TEXT && framing.singleByteUnits()) {
                // Most of a package is text (attachments' base64): pass it quickly up to the next '<'.
                int start = i;
                while (i < end && buffer[i] != '<') {
                    i++;
                }
                units += i - start;
                if (i == end) {
                    break;
                }
            }
            framing.accept(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long count) throws IOException {
        // Skipped bytes are watched like read ones.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(count, 0))];
        long skipped = 0;
        while (skipped < count) {
            int n = read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: every byte is watched once
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void step(int c, boolean counts) {
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.LT;
                    constructStart = units;
                }
            }
            case LT -> {
                if (c == '!') {
                    state = State.BANG;
                } else if (c == '?') {
                    state = State.PI;
                    length = 0;
                    matched = 0;
                    declaration.setLength(0);
                } else {
                    startTag(c);
                }
            }
            case BANG -> {
                if (c == '-') {
                    state = State.BANG_DASH;
                } else if (c == 'D') {
                    state = State.DOCTYPE_OPEN;
                    matched = 1;
                } else if (c == '[') {
                    state = State.CDATA_OPEN;
                    matched = 1;
                } else {
                    malformedMarkup(c);
                }
            }
            case BANG_DASH -> {
                if (c == '-') {
                    state = State.COMMENT;
                    length = 0;
                    matched = 0;
                } else {
                    malformedMarkup(c);
                }
            }
            case DOCTYPE_OPEN -> {
                if (c == DOCTYPE.charAt(matched)) {
                    if (++matched == DOCTYPE.length()) {
                        // A DTD is never processed (EdxmlReader); refused here, before the parser holds it.
                        throw new ForbiddenXmlException("DOCTYPE");
                    }
                } else {
                    malformedMarkup(c);
                }
            }
            case CDATA_OPEN -> {
                if (c == CDATA_START.charAt(matched)) {
                    if (++matched == CDATA_START.length()) {
                        state = State.CDATA;
                        matched = 0;
                    }
                } else {
                    malformedMarkup(c);
                }
            }
            case CDATA -> {
                if (c == ']') {
                    matched++;
                } else if (c == '>' && matched >= 2) {
                    state = State.TEXT;
                } else {
                    matched = 0;
                }
            }
            case COMMENT -> {
                if (counts && ++length > limits.maxCommentLength()) {
                    throw new PackageLimitExceededException("comment", "edxml.limit.comment", limits.maxCommentLength());
                }
                if (c == '-') {
                    matched++;
                } else if (c == '>' && matched >= 2) {
                    state = State.TEXT;
                } else {
                    matched = 0;
                }
            }
            case PI -> {
                if (counts && ++length > limits.maxCommentLength()) {
                    throw new PackageLimitExceededException("processing instruction", "edxml.limit.comment",
                            limits.maxCommentLength());
                }
                if (declaration.length() < DECLARATION_CHARACTERS) {
                    declaration.append(c < 0 ? '?' : (char) c);
                }
                if (c == '?') {
                    matched = 1;
                } else if (c == '>' && matched == 1) {
                    state = State.TEXT;
                    endOfProcessingInstruction();
                } else {
                    matched = 0;
                }
            }
            case TAG -> tag(c);
            case ATTRIBUTE_VALUE -> {
                if (c == quote) {
                    state = State.TAG;
                } else if (counts && ++length > limits.maxAttributeLength()) {
                    throw new PackageLimitExceededException(tagName + "/@" + attributeName, "edxml.limit.attribute",
                            limits.maxAttributeLength());
                }
            }
        }
    }

    private void startTag(int c) {
        state = State.TAG;
        tagName.setLength(0);
        token.setLength(0);
        attributeName = "";
        tagNameDone = false;
        tag(c);
    }

    /** Not markup the parser accepts: it will refuse it; the guard goes on as inside a tag. */
    private void malformedMarkup(int c) {
        startTag(c);
    }

    private void tag(int c) {
        if (c == '"' || c == '\'') {
            state = State.ATTRIBUTE_VALUE;
            quote = c;
            length = 0;
        } else if (c == '>') {
            state = State.TEXT;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '=' || c == '/' || c == '<') {
            if (!tagNameDone && !tagName.isEmpty()) {
                tagNameDone = true;
            } else if (!token.isEmpty()) {
                attributeName = token.toString();
            }
            token.setLength(0);
        } else {
            StringBuilder name = tagNameDone ? token : tagName;
            if (name.length() < NAME_CHARACTERS) {
                name.append(c < 0 ? '?' : (char) c);
            }
        }
    }

    /** The XML declaration (a processing instruction {@code xml} at the very start) may name the encoding. */
    private void endOfProcessingInstruction() {
        if (constructStart != 0 || !declaration.toString().startsWith("xml") || declaration.length() < 4
                || !Character.isWhitespace(declaration.charAt(3))) {
            return;
        }
        framing.declared(declaration);
    }
}
