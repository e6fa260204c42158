package vn.lienthong.exchange.document;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.edxml.DocumentType;
import vn.lienthong.platform.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionCategoryTest {

    @Test
    void aPackageIsCategorisedByItsDocumentTypeAndDetail() {
        assertThat(RetentionCategory.of(new DocumentType(1, "5", "Quyết định")).value()).isEqualTo("1.5");
        assertThat(RetentionCategory.of(new DocumentType(2, null, "Công văn")).value()).isEqualTo("2");
        assertThat(RetentionCategory.of(new DocumentType(2, "  ", "Công văn")).value()).isEqualTo("2");
    }

    @Test
    void aPackageWithoutATypeFallsUnderDefault() {
        assertThat(RetentionCategory.of(null)).isEqualTo(RetentionCategory.DEFAULT);
        assertThat(RetentionCategory.of(new DocumentType(null, "5", "Công văn"))).isEqualTo(RetentionCategory.DEFAULT);
    }

    @Test
    void aDetailTheCategoryCannotHoldFallsBackToTheType() {
        assertThat(RetentionCategory.of(new DocumentType(1, "a/b c", null)).value()).isEqualTo("1");
        assertThat(RetentionCategory.of(new DocumentType(1, "x".repeat(101), null)).value()).isEqualTo("1");
    }

    @Test
    void theRuleIsLookedUpFromTheMostSpecificCategoryToDefault() {
        assertThat(new RetentionCategory("1.5").fallbacks()).extracting(RetentionCategory::value)
                .containsExactly("1.5", "1", "DEFAULT");
        assertThat(new RetentionCategory("2").fallbacks()).extracting(RetentionCategory::value).containsExactly("2", "DEFAULT");
        assertThat(RetentionCategory.DEFAULT.fallbacks()).containsExactly(RetentionCategory.DEFAULT);
    }

    @Test
    void refusesTextThatIsNoCategory() {
        assertThatThrownBy(() -> new RetentionCategory("công văn")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RetentionCategory("")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RetentionCategory(null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RetentionCategory("default")).isInstanceOf(InvalidRequestException.class);
    }
}
