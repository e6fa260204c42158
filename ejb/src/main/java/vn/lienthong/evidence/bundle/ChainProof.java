package vn.lienthong.evidence.bundle;

import vn.lienthong.evidence.chain.CanonicalEntry;
import vn.lienthong.evidence.chain.ChainHash;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The proof that a document's entries are in the hub's chain (file {@code evidence/chain.txt} of a
 * bundle): the hash before the first entry, every entry from the document's first to the signed head,
 * and the head. A line-based text, so that a shell and {@code sha256sum} can recompute it:
 *
 * <pre>
 * lienthong-chain-proof 1
 * document &lt;hub document id&gt;
 * previous &lt;hash before the first entry&gt;
 * entry &lt;sequence&gt; &lt;hash&gt; &lt;canonical form&gt;        (the document's own entries)
 * digest &lt;sequence&gt; &lt;hash&gt; &lt;SHA-256 of the canonical form&gt;   (every other entry)
 * head &lt;sequence&gt; &lt;hash&gt; &lt;signedAt&gt; timestamped|not-timestamped
 * </pre>
 *
 * A canonical form holds no line break (control characters are escaped), so one entry is one line.
 */
public record ChainProof(String document, String previousHash, List<ProofLink> links, Head head) {

    static final String FIRST_LINE = "lienthong-chain-proof 1";

    /** The signed head the proof ends at, as its signature's content names it. */
    public record Head(long sequence, String hash, Instant signedAt, boolean timestamped) {
    }

    public ChainProof {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(head, "head");
        links = List.copyOf(links);
    }

    public String text() {
        StringBuilder text = new StringBuilder(links.size() * 160 + 200).append(FIRST_LINE).append('\n');
        text.append("document ").append(document).append('\n');
        text.append("previous ").append(previousHash).append('\n');
        for (ProofLink link : links) {
            text.append(link.isShown() ? "entry " : "digest ").append(link.sequence()).append(' ').append(link.hash()).append(' ')
                    .append(link.isShown() ? link.canonical() : link.fieldsDigest()).append('\n');
        }
        text.append("head ").append(head.sequence()).append(' ').append(head.hash()).append(' ')
                .append(CanonicalEntry.time(head.signedAt())).append(head.timestamped() ? " timestamped" : " not-timestamped").append('\n');
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a proof's text; a line that is not as {@link #text()} writes it is named. */
    public static ChainProof parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 5 || !lines[0].equals(FIRST_LINE) || !lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("not a chain proof of version 1 (first line '" + FIRST_LINE + "', one line per entry)");
        }
        String document = field(lines[1], "document ", 2);
        String previous = hash(field(lines[2], "previous ", 3), 3);
        List<ProofLink> links = new ArrayList<>();
        int last = lines.length - 2;
        for (int i = 3; i < last; i++) {
            String[] parts = lines[i].split(" ", 4);
            if (parts.length != 4 || !(parts[0].equals("entry") || parts[0].equals("digest"))) {
                throw new IllegalArgumentException("line " + (i + 1) + " is neither 'entry' nor 'digest' <sequence> <hash> <text>");
            }
            long sequence = number(parts[1], i + 1);
            String hash = hash(parts[2], i + 1);
            links.add(parts[0].equals("entry") ? new ProofLink(sequence, hash, parts[3], null)
                    : new ProofLink(sequence, hash, null, hash(parts[3], i + 1)));
        }
        String[] head = lines[last].split(" ");
        if (head.length != 5 || !head[0].equals("head") || !(head[4].equals("timestamped") || head[4].equals("not-timestamped"))) {
            throw new IllegalArgumentException("line " + (last + 1) + " is not 'head <sequence> <hash> <signedAt> timestamped|not-timestamped'");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(head[3]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("line " + (last + 1) + ": not a UTC time: " + head[3]);
        }
        return new ChainProof(document, previous, links,
                new Head(number(head[1], last + 1), hash(head[2], last + 1), signedAt, head[4].equals("timestamped")));
    }

    private static String field(String line, String prefix, int number) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("line " + number + " does not start with '" + prefix.strip() + "'");
        }
        return line.substring(prefix.length());
    }

    private static String hash(String text, int line) {
        if (!ChainHash.isHash(text)) {
            throw new IllegalArgumentException("line " + line + ": not a hash (64 lower-case hexadecimal characters): " + text);
        }
        return text;
    }

    private static long number(String text, int line) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": not a sequence number: " + text);
        }
    }
}
