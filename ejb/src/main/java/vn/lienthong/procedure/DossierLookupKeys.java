package vn.lienthong.procedure;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.migration.Context;
import vn.lienthong.platform.migration.DataMigration;
import vn.lienthong.procedure.dossier.LookupKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration V18_2: a look-up key for every dossier taken in before keys existed, so that every
 * dossier can be looked up the same way. Their applicants never got these keys on a receipt: the
 * receiving agency reads the key from the dossier ({@code GET /dossiers/{code}}) and gives it to the
 * applicant who asks, as it would reprint a receipt (docs/procedures.md).
 */
@Dependent
public class DossierLookupKeys extends DataMigration {

    private static final int CHUNK = 500;

    public DossierLookupKeys() {
        super("18.2", "look-up keys for dossiers taken in before them");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code FROM dossier WHERE lookup_key IS NULL ORDER BY code FETCH FIRST " + CHUNK + " ROWS ONLY");
             PreparedStatement update = connection.prepareStatement("UPDATE dossier SET lookup_key = ? WHERE code = ?")) {
            List<String> codes;
            do {
                codes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
                for (String code : codes) {
                    update.setString(1, LookupKey.next().value());
                    update.setString(2, code);
                    update.addBatch();
                }
                update.executeBatch();
            } while (codes.size() == CHUNK);
        }
    }
}
