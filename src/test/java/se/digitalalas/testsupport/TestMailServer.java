package se.digitalalas.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One SMTP server (GreenMail) per test JVM on a free port, like the embedded database: the Spring
 * contexts that point at it are shared across test classes, so it must outlive each class. A test
 * may {@link #stop} it to play a mail server that is down and {@link #start} it again on the same
 * port; what it received before is kept.
 */
public final class TestMailServer {

  private static GreenMail server;
  private static int port;
  private static boolean running;
  private static final List<MimeMessage> receivedBefore = new ArrayList<>();

  private TestMailServer() {
  }

  public static synchronized int port() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      port = server.getSmtp().getPort();
      running = true;
      Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stopQuietly));
    }
    return port;
  }

  /** The server goes down: connections to its port are refused. */
  public static synchronized void stop() {
    port();
    if (running) {
      receivedBefore.addAll(Arrays.asList(server.getReceivedMessages()));
      server.stop();
      running = false;
    }
  }

  /** The server is back, on the same port. */
  public static synchronized void start() {
    port();
    if (!running) {
      server = new GreenMail(ServerSetupTest.SMTP.port(port));
      server.start();
      running = true;
    }
  }

  public static synchronized MimeMessage[] received() {
    if (server == null) {
      return new MimeMessage[0];
    }
    List<MimeMessage> all = new ArrayList<>(receivedBefore);
    if (running) {
      all.addAll(Arrays.asList(server.getReceivedMessages()));
    }
    return all.toArray(MimeMessage[]::new);
  }

  /** How many mails with this Message-ID header the server received. */
  public static long receivedWithMessageId(String messageId) {
    return Arrays.stream(received()).filter(mail -> Objects.equals(messageId(mail), messageId)).count();
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void stopQuietly() {
    if (running) {
      server.stop();
    }
  }
}
