package vn.lienthong.procedure.dossier;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row that belongs to a dossier: the dossier's code and a number within it. */
public class DossierChildKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String dossierCode;
    private int seq;

    public DossierChildKey() {
        // for JPA
    }

    public DossierChildKey(String dossierCode, int seq) {
        this.dossierCode = dossierCode;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierChildKey k && k.seq == seq && Objects.equals(k.dossierCode, dossierCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierCode, seq);
    }
}
