package se.digitalalas.outbound.mail;

import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.springframework.mail.MailAuthenticationException;

/** Why a mail did not go out, in Swedish for the registry: no stack trace, no server text. */
final class MailFailureReason {

  static final String NO_SERVER = "Ingen e-postserver är konfigurerad.";

  private MailFailureReason() {
  }

  static String of(Throwable failure) {
    if (failure instanceof MailAuthenticationException) {
      return "E-postservern nekade inloggningen.";
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof SocketTimeoutException) {
        return "E-postservern gick inte att nå.";
      }
      if (cause instanceof SendFailedException) {
        return "E-postservern tog inte emot mottagarens adress.";
      }
    }
    return "E-postservern tog inte emot meddelandet.";
  }
}
