package vn.lienthong.directory.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The single row whose lock orders directory writers and whose counter numbers their events. */
@Entity
@Table(name = "directory_state")
@NamedQuery(name = DirectoryState.LAST_SEQ, query = "select s.lastSeq from DirectoryState s")
public class DirectoryState {

    public static final String LAST_SEQ = "DirectoryState.lastSeq";

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected DirectoryState() {
        // for JPA
    }

    long next() {
        return ++lastSeq;
    }

    long lastSeq() {
        return lastSeq;
    }
}
