package se.digitalalas.web;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.digitalalas.refusal.Refusal;

/**
 * The one log line of a refused request, for both APIs: INFO, no stack trace, and no reason
 * either, because a reason may quote what was given (a personnummer, a name, an address). It
 * names the request (method and path, never the query) and the service's code that refused.
 */
public final class RefusalLog {

  private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);
  private static final String OWN_CODE = "se.digitalalas.";

  private RefusalLog() {
  }

  static void refused(Refusal refusal, String method, String path) {
    refused(400, method, path, refusedBy(refusal));
  }

  /** For refusals answered before the request reaches an API (the input gate). */
  public static void refused(int status, String method, String path, String by) {
    log.info("Refused with {}: {} {} (by {})", status, method, path, by);
  }

  private static String refusedBy(Refusal refusal) {
    return Arrays.stream(refusal.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith(OWN_CODE))
        .findFirst()
        .map(frame -> frame.getClassName() + "." + frame.getMethodName())
        .orElse("unknown");
  }
}
