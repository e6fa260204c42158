package vn.lienthong.exchange.document;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the configured package store and archive store when the application starts, so that an unknown
 * store, a directory store without its directory, or an object store without its endpoint, bucket or keys
 * stops the start with the setting named (ERROR in messages.log), rather than failing the first submission
 * or the first retention run days later. It does not contact the store: a store that is
 * away at start only fails the runs until it is back, as the database and broker do.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackageStoresCheck {

    private static final Logger LOG = Logger.getLogger(PackageStoresCheck.class.getName());

    @Inject
    PackageArchive archive;

    @Inject
    PackageStore packages;

    @PostConstruct
    void openTheConfiguredStore() {
        try {
            LOG.log(Level.INFO, "Package store: {0}", packages.describe());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "LienThong refuses to start: the package store is misconfigured: {0} (docs/deployment.md, "
                    + "\"The package store\")", e.getMessage());
            throw e;
        }
        try {
            LOG.log(Level.INFO, "Archive store: {0}", archive.describe());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "LienThong refuses to start: the archive store is misconfigured: {0} (docs/deployment.md, "
                    + "\"The archive store\")", e.getMessage());
            throw e;
        }
    }
}
