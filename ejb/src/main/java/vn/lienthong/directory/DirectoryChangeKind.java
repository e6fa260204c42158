package vn.lienthong.directory;

/** What happened to an agency in one directory event. */
public enum DirectoryChangeKind {
    ADDED, RENAMED, MOVED, DEACTIVATED, MERGED
}
