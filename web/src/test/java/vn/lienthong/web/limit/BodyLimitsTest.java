package vn.lienthong.web.limit;

import org.junit.jupiter.api.Test;
import vn.lienthong.web.rest.directory.AgencyAdministrationResource;
import vn.lienthong.web.rest.exchange.submission.DocumentResource;
import vn.lienthong.web.rest.procedure.dossier.DossierResource;
import vn.lienthong.web.rest.procedure.feedback.PublicFeedbackResource;

import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitsTest {

    @Test
    void methodsThatBindAJsonBodyGetALimit() {
        assertThat(BodyLimits.readsJsonBody(method(PublicFeedbackResource.class, "submit"), PublicFeedbackResource.class)).isTrue();
        assertThat(BodyLimits.readsJsonBody(method(DossierResource.class, "intake"), DossierResource.class)).isTrue();
        assertThat(BodyLimits.readsJsonBody(method(AgencyAdministrationResource.class, "rename"), AgencyAdministrationResource.class))
                .isTrue();
    }

    @Test
    void methodsWithoutABodyOrWithXmlAreLeftAlone() {
        assertThat(BodyLimits.readsJsonBody(method(PublicFeedbackResource.class, "lookup"), PublicFeedbackResource.class)).isFalse();
        assertThat(Arrays.stream(DocumentResource.class.getMethods())
                .filter(m -> m.getAnnotation(jakarta.ws.rs.POST.class) != null)
                .noneMatch(m -> BodyLimits.readsJsonBody(m, DocumentResource.class))).as("edXML packages have limits of their own")
                .isTrue();
    }

    @Test
    void theLargerLimitsAreNamedOnTheirMethods() {
        assertThat(method(DossierResource.class, "intake").getAnnotation(BodyLimit.class).variable())
                .isEqualTo("lienthong.limit.intake-body");
        assertThat(method(PublicFeedbackResource.class, "submit").getAnnotation(BodyLimit.class).variable())
                .isEqualTo("lienthong.limit.feedback-body");
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
