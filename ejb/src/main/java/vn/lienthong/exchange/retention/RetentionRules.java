package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.RetentionCategory;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule at the start of a run: the most specific one that exists decides a document's fate. */
public record RetentionRules(Map<RetentionCategory, RuleSetting> byCategory) implements Serializable {

    public RetentionRules {
        byCategory = Map.copyOf(byCategory);
    }

    public static RetentionRules of(List<RuleSetting> settings) {
        return new RetentionRules(settings.stream().collect(Collectors.toMap(RuleSetting::category, Function.identity())));
    }

    /** The rule for a document of {@code category}: its own, its Type's, or DEFAULT; empty when none exists. */
    public Optional<RuleSetting> ruleFor(RetentionCategory category) {
        return category.fallbacks().stream().map(byCategory::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /** The shortest period of all rules: no document younger than that can be due. */
    public Optional<Integer> shortestPeriodDays() {
        return byCategory.values().stream().map(RuleSetting::periodDays).min(Comparator.naturalOrder());
    }
}
