package se.digitalalas.security;

/**
 * The candidate groups of the routines (spec: "Who works in it"). What each group may start is
 * not here: it is the models' {@code candidateStarterGroups} ({@link StartRights}).
 */
public enum StaffGroup {
  BISTANDSHANDLAGGARE("bistandshandlaggare", "Biståndshandläggare", 10),
  KOMMUNVAGLEDARE("kommunvagledare", "Kommunvägledare", 20),
  HEMTJANSTUTFORARE("hemtjanstutforare", "Hemtjänstutförare", 30),
  LARMHANDLAGGARE("larmhandlaggare", "Larmhandläggare", 40),
  MONTOR("montor", "Montör", 50),
  KOORDINATOR("koordinator", "Koordinator", 60),
  HV_HSL_PERSONAL("hv-hsl-personal", "Personal HV/HSL", 70),
  SYSTEMFORVALTARE("systemforvaltare", "Systemförvaltare", 80),
  VALFARDSTEKNIK("valfardsteknik", "Välfärdsteknikteamet", 90),
  VERKSAMHET("verksamhet", "Verksamheten", 100),
  ENHETSCHEF("enhetschef", "Enhetschef", 110);

  private final String id;
  private final String displayName;
  private final int filterPriority;

  StaffGroup(String id, String displayName, int filterPriority) {
    this.id = id;
    this.displayName = displayName;
    this.filterPriority = filterPriority;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public int filterPriority() {
    return filterPriority;
  }

  /** The Swedish name of the group with this id; an id that is no staff group stays as it is. */
  public static String displayNameOf(String groupId) {
    for (StaffGroup group : values()) {
      if (group.id.equals(groupId)) {
        return group.displayName;
      }
    }
    return groupId;
  }
}
