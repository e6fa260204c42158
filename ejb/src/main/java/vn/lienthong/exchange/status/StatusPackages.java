package vn.lienthong.exchange.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.PackageOwners;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A status report keeps its status package in the package store, under the report's id, for as long as it exists. */
@ApplicationScoped
public class StatusPackages implements PackageOwners {

    @Inject
    StatusReportRepository reports;

    @Override
    public Set<HubDocumentId> keeping(Collection<HubDocumentId> ids) {
        return new HashSet<>(reports.existing(ids));
    }
}
