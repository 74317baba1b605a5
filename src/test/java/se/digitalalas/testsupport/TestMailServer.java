package se.digitalalas.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP server (GreenMail) per test JVM on a free port, like the embedded database: the Spring
 * contexts that point at it are shared across test classes, so it must outlive each class.
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {
  }

  public static synchronized int port() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server.getSmtp().getPort();
  }

  public static synchronized MimeMessage[] received() {
    return server == null ? new MimeMessage[0] : server.getReceivedMessages();
  }
}
