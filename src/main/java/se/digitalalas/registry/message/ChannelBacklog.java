package se.digitalalas.registry.message;

/** A channel's outbox: messages not sent yet (PENDING or SENDING) and messages that FAILED. */
public record ChannelBacklog(long unsent, long failed) {

  public static final ChannelBacklog EMPTY = new ChannelBacklog(0, 0);
}
