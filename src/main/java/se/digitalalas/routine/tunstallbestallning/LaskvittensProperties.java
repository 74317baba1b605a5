package se.digitalalas.routine.tunstallbestallning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * digitalalas.laskvittens.paminnelse-arbetsdagar: how many arbetsdagar after the installation
 * hv-hsl-personal is reminded of a låskvittens not yet collected (HBG step 8: "nästkommande besök").
 */
@ConfigurationProperties("digitalalas.laskvittens")
record LaskvittensProperties(Integer paminnelseArbetsdagar) {

  static final int DEFAULT_WORKING_DAYS = 5;

  LaskvittensProperties {
    if (paminnelseArbetsdagar == null) {
      paminnelseArbetsdagar = DEFAULT_WORKING_DAYS;
    }
    if (paminnelseArbetsdagar < 1) {
      throw new IllegalArgumentException("digitalalas.laskvittens.paminnelse-arbetsdagar must be at least 1");
    }
  }
}
