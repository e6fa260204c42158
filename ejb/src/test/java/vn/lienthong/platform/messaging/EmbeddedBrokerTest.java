package vn.lienthong.platform.messaging;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded broker never shares its port: a port someone listens on is not taken as free. */
class EmbeddedBrokerTest {

    @Test
    void aPortAnotherProcessListensOnIsNotFree() throws Exception {
        try (ServerSocket otherBroker = new ServerSocket()) {
            otherBroker.bind(new InetSocketAddress("127.0.0.1", 0));

            assertThat(EmbeddedBroker.free("127.0.0.1", otherBroker.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortNobodyListensOnIsFreeAndLeftFree() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            port = probe.getLocalPort();
        }

        assertThat(EmbeddedBroker.free("127.0.0.1", port)).isTrue();
        assertThat(EmbeddedBroker.free("127.0.0.1", port)).as("the check itself does not keep the port").isTrue();
    }
}
