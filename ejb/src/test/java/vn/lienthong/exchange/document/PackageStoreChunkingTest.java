package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a package is cut into rows of package_chunk: chunks of exactly one MiB but the last, in
 * order, the bytes unchanged, and one (empty) row for an empty package. The rows are caught at
 * the JDBC interface, where the store hands them to the database.
 */
class PackageStoreChunkingTest {

    private record Row(String packageId, int seq, byte[] data) {
    }

    private static List<Row> store(byte[] content) {
        List<Row> rows = new ArrayList<>();
        Object[] pending = new Object[3];
        PreparedStatement insert = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setString", "setInt", "setBytes" -> {
                        Object value = args[1] instanceof byte[] bytes ? bytes.clone() : args[1];
                        pending[(int) args[0] - 1] = value;
                        yield null;
                    }
                    case "executeUpdate" -> {
                        rows.add(new Row((String) pending[0], (int) pending[1], (byte[]) pending[2]));
                        yield 1;
                    }
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "prepareStatement" -> insert;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PackageStore store = new PackageStore();
        store.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store.storeChunks("P1", new ByteArrayInputStream(content));
        return rows;
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    @Test
    void aSmallPackageIsOneRowOfItsOwnSize() {
        byte[] content = bytes(4612);
        List<Row> rows = store(content);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).packageId()).isEqualTo("P1");
        assertThat(rows.get(0).seq()).isZero();
        assertThat(rows.get(0).data()).isEqualTo(content);
    }

    @Test
    void anEmptyPackageIsOneEmptyRow() {
        List<Row> rows = store(new byte[0]);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).data()).isEmpty();
    }

    @Test
    void aLargePackageIsCutIntoMebibytesInOrderAndAnExactMultipleLeavesNoEmptyRow() {
        for (int size : new int[]{PackageStore.CHUNK_BYTES, 2 * PackageStore.CHUNK_BYTES, 2 * PackageStore.CHUNK_BYTES + 1}) {
            byte[] content = bytes(size);
            List<Row> rows = store(content);
            assertThat(rows).hasSize((size + PackageStore.CHUNK_BYTES - 1) / PackageStore.CHUNK_BYTES);
            byte[] joined = new byte[size];
            int at = 0;
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).seq()).isEqualTo(i);
                assertThat(rows.get(i).data().length).isEqualTo(i < rows.size() - 1 ? PackageStore.CHUNK_BYTES
                        : size - (rows.size() - 1) * PackageStore.CHUNK_BYTES);
                System.arraycopy(rows.get(i).data(), 0, joined, at, rows.get(i).data().length);
                at += rows.get(i).data().length;
            }
            assertThat(joined).isEqualTo(content);
        }
    }
}
