package vn.lienthong.procedure.dossier;

/** The file of one paper of a dossier, as handed in: its bytes, name and media type. */
public record PaperFile(byte[] content, String fileName, String mediaType) {
}
