package vn.lienthong.exchange.document;

import java.util.Collection;
import java.util.Set;

/**
 * A kind of row that keeps a package in the package store under its own id: documents here, status
 * reports in {@code exchange.status}. The sweep of the package store's directory asks every owner, so it
 * can tell a file some row still names from one a crash left behind, without reaching up into the
 * capabilities that store packages.
 */
public interface PackageOwners {

    /** Of {@code ids}, those whose package a row of this kind still keeps in the package store. */
    Set<HubDocumentId> keeping(Collection<HubDocumentId> ids);
}
