package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import java.util.Map;
import java.util.function.Function;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The postgres profile has no demo users: the first administrator creates one member per group
 * through the REST API, as an operator's script would, for a service outside the test's Spring
 * context ({@link ServiceProcess}).
 */
public final class AdministratorCreatedStaff implements Function<StaffGroup, Credentials> {

  public static final String ADMIN_USER = "driftadmin";
  public static final String ADMIN_PASSWORD = "it-admin-secret";
  public static final Credentials ADMIN = new Credentials(ADMIN_USER, ADMIN_PASSWORD);

  private static final String STAFF_PASSWORD = "it-staff-secret";

  @Override
  public Credentials apply(StaffGroup group) {
    return new Credentials("it" + group.id().replace("-", ""), STAFF_PASSWORD);
  }

  public Credentials vendor(VendorIntegration vendor) {
    return new Credentials("it" + vendor.groupId(), STAFF_PASSWORD);
  }

  /** Creates the members (and the vendors' accounts) not there yet. */
  public void createAll(EngineRestClient rest) {
    for (StaffGroup group : StaffGroup.values()) {
      create(rest, apply(group).userId(), group.displayName(), group.id());
    }
    for (VendorIntegration vendor : VendorIntegration.values()) {
      create(rest, vendor(vendor).userId(), vendor.displayName(), vendor.groupId());
    }
  }

  private static void create(EngineRestClient rest, String userId, String name, String groupId) {
    if (rest.get(ADMIN, "/engine-rest/user/count?id=" + userId).json().path("count").asLong() == 0) {
      assertThat(rest.post(ADMIN, "/engine-rest/user/create", Map.of(
          "profile", Map.of("id", userId, "firstName", name, "lastName", "Test"),
          "credentials", Map.of("password", STAFF_PASSWORD))).code()).isEqualTo(204);
      assertThat(rest.put(ADMIN, "/engine-rest/group/" + groupId + "/members/" + userId, null)
          .code()).isEqualTo(204);
    }
  }
}
