package vn.lienthong.directory.change;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.NotAllowedException;

import java.util.Optional;

/**
 * What a peer hub's account may change in this directory (docs/federation.md, "Directory across
 * hubs"): a province's platform publishes its own tree upward through the administration calls an
 * administrator makes, and may so change the entries this directory reaches through it (their
 * {@code served_by} names it) and add new units under one of them, which it then serves. Nothing
 * else: not the entries served here, not another hub's, not a top-level unit.
 */
public final class HubScope {

    private HubScope() {
    }

    /**
     * @param servedBy the hub that serves the entry being changed, empty when this instance does
     * @throws NotAllowedException unless it is {@code hub}
     */
    public static void checkChange(AgencyCode hub, AgencyCode code, Optional<AgencyCode> servedBy) {
        if (!servedBy.map(hub::equals).orElse(false)) {
            throw new NotAllowedException("The hub " + hub + " may change only agencies this directory reaches through it; "
                    + code + " is " + servedBy.map(h -> "reached through " + h).orElse("served here"),
                    "Trục " + hub + " chỉ được thay đổi cơ quan do chính trục đó phục vụ; " + code + " "
                            + servedBy.map(h -> "do trục " + h + " phục vụ").orElse("do hệ thống này phục vụ"));
        }
    }

    /**
     * A new unit, or a unit moved: its parent must be one of the hub's agencies.
     *
     * @param parentServedBy the hub serving the parent; empty when the parent is served here or there is none
     * @throws NotAllowedException unless the parent is one of {@code hub}'s agencies
     */
    public static void checkUnder(AgencyCode hub, AgencyCode code, Optional<AgencyCode> parent, Optional<AgencyCode> parentServedBy) {
        if (parent.isEmpty() || !parentServedBy.map(hub::equals).orElse(false)) {
            throw new NotAllowedException("The hub " + hub + " may place units only under an agency this directory reaches through "
                    + "it; " + code + (parent.isEmpty() ? " has no parent here" : "'s parent " + parent.get() + " is not one"),
                    "Trục " + hub + " chỉ được đặt đơn vị trực thuộc cơ quan do chính trục đó phục vụ; " + code
                            + (parent.isEmpty() ? " không có cơ quan cấp trên trong danh bạ" : ": cơ quan cấp trên " + parent.get()
                            + " không do trục này phục vụ"));
        }
    }
}
