package se.digitalalas.security;

import java.util.List;

/** The candidate groups of the routines (spec: "Who works in it") and the processes each starts. */
public enum StaffGroup {
  BISTANDSHANDLAGGARE("bistandshandlaggare", "Biståndshandläggare", 10, "montering-bistandsbedomd"),
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
  private final List<String> startableProcesses;

  StaffGroup(String id, String displayName, int filterPriority, String... startableProcesses) {
    this.id = id;
    this.displayName = displayName;
    this.filterPriority = filterPriority;
    this.startableProcesses = List.of(startableProcesses);
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

  public List<String> startableProcesses() {
    return startableProcesses;
  }
}
