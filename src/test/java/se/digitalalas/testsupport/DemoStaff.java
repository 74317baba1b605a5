package se.digitalalas.testsupport;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The default profile's demo users (application-default.yml), one per group, for a service
 * that runs outside the test's Spring context ({@link ServiceProcess}).
 */
public final class DemoStaff implements Function<StaffGroup, Credentials> {

  public static final Credentials ADMIN = new Credentials("anna", "demo");

  private static final Map<StaffGroup, String> USERS = new EnumMap<>(Map.ofEntries(
      Map.entry(StaffGroup.BISTANDSHANDLAGGARE, "berit"),
      Map.entry(StaffGroup.KOMMUNVAGLEDARE, "kim"),
      Map.entry(StaffGroup.HEMTJANSTUTFORARE, "hanna"),
      Map.entry(StaffGroup.LARMHANDLAGGARE, "lars"),
      Map.entry(StaffGroup.MONTOR, "mats"),
      Map.entry(StaffGroup.KOORDINATOR, "karin"),
      Map.entry(StaffGroup.HV_HSL_PERSONAL, "pia"),
      Map.entry(StaffGroup.SYSTEMFORVALTARE, "sven"),
      Map.entry(StaffGroup.VALFARDSTEKNIK, "vera"),
      Map.entry(StaffGroup.VERKSAMHET, "ville"),
      Map.entry(StaffGroup.ENHETSCHEF, "eva")));

  /** application-default.yml names each vendor's demo account after its group. */
  public static Credentials vendor(VendorIntegration vendor) {
    return new Credentials(vendor.groupId(), "demo");
  }

  @Override
  public Credentials apply(StaffGroup group) {
    return new Credentials(USERS.get(group), "demo");
  }
}
