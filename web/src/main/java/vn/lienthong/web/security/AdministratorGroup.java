package vn.lienthong.web.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The group of the server's user registry whose members are the hub's administrators (server
 * variable {@code admin.group}, default {@code lienthong-administrators}). Signing in with a
 * registry account proves who someone is, not that they run the hub: with an LDAP registry every
 * employee has an account, so only the members of this group get the administrator role.
 *
 * <p>The registry names an account's groups by access id, {@code group:<realm>/<unique group id>}:
 * the group's name in a basic registry, its distinguished name in LDAP. The configured group is
 * matched against the unique id, ignoring case and the spaces around a DN's separators.
 */
public record AdministratorGroup(String name) {

    public static final String DEFAULT = "lienthong-administrators";

    public AdministratorGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("admin.group must name a group of the server's user registry");
        }
        name = name.strip();
    }

    /** Whether one of the account's groups, as the registry of {@code realm} names them, is this group. */
    public boolean containsAnyOf(String realm, Collection<?> groupAccessIds) {
        String wanted = normalised(name);
        for (Object id : groupAccessIds) {
            if (id != null && wanted.equals(normalised(uniqueId(realm, id.toString())))) {
                return true;
            }
        }
        return false;
    }

    /** {@code group:<realm>/<unique id>} to the unique id; anything else is taken as the unique id itself. */
    static String uniqueId(String realm, String accessId) {
        String id = accessId;
        if (id.startsWith("group:")) {
            id = id.substring("group:".length());
            if (realm != null && id.startsWith(realm + "/")) {
                id = id.substring(realm.length() + 1);
            } else {
                int slash = id.indexOf('/');
                id = slash < 0 ? id : id.substring(slash + 1);
            }
        }
        return id;
    }

    private static String normalised(String groupName) {
        return groupName.strip().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT);
    }
}
