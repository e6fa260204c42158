package vn.lienthong.exchange;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.Context;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.push.PushEndpoint;
import vn.lienthong.platform.crypto.SecretSealing;
import vn.lienthong.platform.migration.DataMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Migration V18_3: seals the push endpoint secrets stored in clear before V18_1, with this server's
 * secret-sealing key ({@code lienthong.secrets.key}), and clears the clear column (V18_4 drops it).
 * The key must be the one every server will use: configure it before upgrading.
 */
@Dependent
public class SealedPushSecrets extends DataMigration {

    @EJB
    SecretSealing sealing;

    public SealedPushSecrets() {
        super("18.3", "push endpoint secrets sealed with a key held outside the database");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT agency_code, auth_secret FROM push_endpoint WHERE auth_secret IS NOT NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE push_endpoint SET auth_secret_sealed = ?, auth_secret = NULL WHERE agency_code = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                AgencyCode agency = new AgencyCode(rows.getString(1));
                update.setString(1, sealing.seal(rows.getString(2), PushEndpoint.sealingContext(agency)));
                update.setString(2, agency.value());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
