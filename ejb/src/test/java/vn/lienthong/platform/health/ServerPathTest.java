package vn.lienthong.platform.health;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPathTest {

    @Test
    void anUnexpandedServerOutputDirectoryIsTheWorkingDirectory() {
        assertThat(ServerPath.of("${server.output.dir}/data")).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void anAbsolutePathStaysAsItIs() {
        assertThat(ServerPath.of("/var/lib/lienthong")).isEqualTo(Path.of("/var/lib/lienthong"));
    }
}
