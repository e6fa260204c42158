package vn.lienthong.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministratorGroupTest {

    private final AdministratorGroup group = new AdministratorGroup(AdministratorGroup.DEFAULT);

    @Test
    void aMemberOfTheGroupInABasicRegistryIsAnAdministrator() {
        assertThat(group.containsAnyOf("LienThong", List.of("group:LienThong/lienthong-administrators"))).isTrue();
    }

    @Test
    void anAccountWithoutTheGroupIsNoAdministrator() {
        assertThat(group.containsAnyOf("LienThong", List.of())).isFalse();
        assertThat(group.containsAnyOf("LienThong", List.of("group:LienThong/employees", "group:LienThong/administrator"))).isFalse();
    }

    @Test
    void aGroupWhoseNameOnlyBeginsLikeTheAdministratorsGroupIsNotIt() {
        assertThat(group.containsAnyOf("LienThong", List.of("group:LienThong/lienthong-administrators-old"))).isFalse();
    }

    @Test
    void anLdapGroupIsMatchedByItsDistinguishedNameIgnoringCaseAndSpaces() {
        AdministratorGroup ldap = new AdministratorGroup("cn=lienthong-administrators,ou=groups,o=gov");
        List<String> groups = List.of("group:ldap.tinh.gov.vn:636/CN=LienThong-Administrators, OU=Groups, O=gov");

        assertThat(ldap.containsAnyOf("ldap.tinh.gov.vn:636", groups)).isTrue();
        assertThat(ldap.containsAnyOf("ldap.tinh.gov.vn:636",
                List.of("group:ldap.tinh.gov.vn:636/cn=lienthong-administrators,ou=other,o=gov"))).isFalse();
    }

    @Test
    void aBareGroupNameDoesNotMatchAnLdapGroupInSomeBranchOfTheTree() {
        assertThat(group.containsAnyOf("ldap:389", List.of("group:ldap:389/cn=lienthong-administrators,ou=groups,o=gov"))).isFalse();
    }

    @Test
    void aBlankGroupIsAConfigurationError() {
        assertThatThrownBy(() -> new AdministratorGroup("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
