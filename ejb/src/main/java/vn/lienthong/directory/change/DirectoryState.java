package vn.lienthong.directory.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row whose lock orders directory writers and whose counter numbers their events. */
@Entity
@Table(name = "directory_state")
public class DirectoryState {

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
