package vn.lienthong.directory.agency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the agency directory: views for those who read it (agencies and administrators alike), and
 * the agencies themselves for the services of other capabilities that route or name by them.
 */
@Stateless
public class DirectoryService {

    @Inject
    AgencyRepository agencies;

    public Optional<Agency> findAgency(AgencyCode code) {
        return agencies.find(code);
    }

    /** How many agencies name {@code hub} as the instance that serves them: a hub account relays for them. */
    public long countServedBy(AgencyCode hub) {
        return agencies.countServedBy(hub);
    }

    /**
     * The active agency that took over a retired one's work, following successive mergers; empty
     * when the agency was simply deactivated (or its line of successors ends in a retired one).
     */
    public Optional<Agency> activeSuccessor(Agency retired) {
        Agency current = retired;
        for (int hop = 0; hop < 16 && current.successor().isPresent(); hop++) {
            current = agencies.find(current.successor().get()).orElse(null);
            if (current == null) {
                return Optional.empty();
            }
            if (current.isActive()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** The agencies among {@code codes} that exist, by code; one query whatever the count. */
    public Map<AgencyCode, Agency> findAgencies(Collection<AgencyCode> codes) {
        return agencies.withCodes(codes).stream().collect(Collectors.toMap(Agency::code, Function.identity()));
    }

    /** The agency, or UNKNOWN_AGENCY. */
    public AgencyView getAgency(AgencyCode code) {
        return AgencyView.of(agencies.get(code));
    }

    public Page<AgencyView> listAgencies(AgencyFilter filter, PageRequest pageRequest) {
        return agencies.page(filter, pageRequest).map(AgencyView::of);
    }

    /** The names an agency has carried, the current one last. */
    public List<AgencyNameView> names(AgencyCode code) {
        agencies.get(code);
        return agencies.names(code).stream().map(AgencyNameView::of).toList();
    }
}
