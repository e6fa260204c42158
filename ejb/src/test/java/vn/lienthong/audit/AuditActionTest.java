package vn.lienthong.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditActionTest {

    @Test
    void anActionIsAnAreaAndAVerbInLowerCase() {
        assertThat(AuditAction.of("directory.certificate-register").code()).isEqualTo("directory.certificate-register");
    }

    @Test
    void refusesCodesWithoutAnAreaOrInOtherShapes() {
        for (String bad : new String[]{"rename", "Directory.Rename", "directory.", ".rename", "directory rename", "x".repeat(61) + ".y"}) {
            assertThatThrownBy(() -> AuditAction.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
