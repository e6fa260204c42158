package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;

/** A paper handed in with a dossier, with its scanned file when there is one. */
public record SubmittedPaper(String name, String fileName, String mediaType, byte[] content) {

    /** Files travel inside the JSON request; larger scans belong in a document store. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public SubmittedPaper {
        name = Texts.required(name, "papers.name", 1000);
        fileName = Texts.optional(fileName, "papers.fileName", 255);
        mediaType = Texts.optional(mediaType, "papers.mediaType", 100);
        if (content != null && content.length > MAX_BYTES) {
            throw new InvalidRequestException("papers.content", "A paper's file is larger than 10 MiB",
                    "Tệp đính kèm lớn hơn 10 MiB");
        }
    }
}
