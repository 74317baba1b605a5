package se.digitalalas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who signed in with basic authentication a moment ago, with which password, and their groups and
 * tenants: a request with the same password within {@code rememberedFor} of the check is that
 * sign-in again, without asking the identity service (three SELECTs, each in a transaction of its
 * own, on every REST call). A changed password, a deleted user or a changed group membership
 * therefore takes effect within {@code rememberedFor} on every node; a wrong password forgets the
 * user at once on the node that saw it, so the login delay after it holds for the right password
 * too. The password is kept only as an HMAC under a key that lives in this object.
 */
public final class RecentSignIns {

  private static final String HMAC = "HmacSHA256";
  private static final int MOST_USERS = 10_000;

  /** A user who signed in, as the engine's authentication needs them. */
  public record SignIn(String userId, List<String> groupIds, List<String> tenantIds) {

    public SignIn {
      groupIds = List.copyOf(groupIds);
      tenantIds = List.copyOf(tenantIds);
    }
  }

  private record Key(String engineName, String userId) {
  }

  private record Remembered(byte[] passwordMac, SignIn signIn) {
  }

  private final Cache<Key, Remembered> signIns;
  private final SecretKeySpec macKey;

  public RecentSignIns(Duration rememberedFor, Ticker ticker) {
    this.signIns = Caffeine.newBuilder().expireAfterWrite(rememberedFor).maximumSize(MOST_USERS).ticker(ticker).build();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.macKey = new SecretKeySpec(key, HMAC);
  }

  /** The sign-in of this user with this password, if it was checked less than rememberedFor ago. */
  Optional<SignIn> remembered(String engineName, String userId, String password) {
    Remembered remembered = signIns.getIfPresent(new Key(engineName, userId));
    if (remembered == null || !MessageDigest.isEqual(remembered.passwordMac(), mac(password))) {
      return Optional.empty();
    }
    return Optional.of(remembered.signIn());
  }

  void remember(String engineName, String password, SignIn signIn) {
    signIns.put(new Key(engineName, signIn.userId()), new Remembered(mac(password), signIn));
  }

  void forget(String engineName, String userId) {
    signIns.invalidate(new Key(engineName, userId));
  }

  private byte[] mac(String password) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(macKey);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is part of every JDK", e);
    }
  }
}
