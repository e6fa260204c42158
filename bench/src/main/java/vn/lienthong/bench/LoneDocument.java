package vn.lienthong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small edXML document sent again and again (scenario {@code lone-submit}): each copy gets a
 * DocumentId and a code number of its own, so the hub takes it for a new document rather than a
 * retry of the first, and the code notation {@code BENCH-…} that marks benchmark documents.
 */
record LoneDocument(Path source, String text) {

    private static final Pattern DOCUMENT_ID = Pattern.compile("<edXML:DocumentId>[^<]*</edXML:DocumentId>");
    private static final Pattern CODE_NUMBER = Pattern.compile("<edXML:CodeNumber>[^<]*</edXML:CodeNumber>");
    private static final Pattern CODE_NOTATION = Pattern.compile("<edXML:CodeNotation>[^<]*</edXML:CodeNotation>");

    LoneDocument {
        for (Pattern required : new Pattern[]{DOCUMENT_ID, CODE_NUMBER, CODE_NOTATION}) {
            if (!required.matcher(text).find()) {
                throw new IllegalArgumentException(source + " has no " + required.pattern().substring(1, required.pattern().indexOf('>'))
                        + ": not a document package this scenario can number");
            }
        }
    }

    static LoneDocument read(Path source, String sender) {
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (!text.contains("<edXML:OrganId>" + sender + "</edXML:OrganId>")) {
                throw new IllegalArgumentException(source + " is not sent by " + sender + " (bench.login)");
            }
            return new LoneDocument(source, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    int size() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The copy numbered {@code sequence} of run {@code runId}. */
    byte[] numbered(String runId, int sequence) {
        String number = runId + "-" + sequence;
        String notation = "BENCH-" + runId;
        String copy = DOCUMENT_ID.matcher(text).replaceFirst(Matcher.quoteReplacement(
                "<edXML:DocumentId>" + number + "/" + notation + "</edXML:DocumentId>"));
        copy = CODE_NUMBER.matcher(copy).replaceFirst(Matcher.quoteReplacement("<edXML:CodeNumber>" + number + "</edXML:CodeNumber>"));
        copy = CODE_NOTATION.matcher(copy).replaceFirst(Matcher.quoteReplacement("<edXML:CodeNotation>" + notation + "</edXML:CodeNotation>"));
        return copy.getBytes(StandardCharsets.UTF_8);
    }
}
