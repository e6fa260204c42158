package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Documents keep their package in the store until retention archives or purges it. */
@ApplicationScoped
public class DocumentPackages implements PackageOwners {

    @Inject
    DocumentRepository documents;

    @Override
    public Set<HubDocumentId> keeping(Collection<HubDocumentId> ids) {
        return new HashSet<>(documents.keepingPackages(ids));
    }
}
