package vn.lienthong.directory.change;

/** What happened to an agency in one directory event. */
public enum DirectoryChangeKind {
    ADDED, RENAMED, MOVED, DEACTIVATED, MERGED
}
