-- The outbox's backlog by channel (the metrics count it on every scrape): the index holds state
-- and channel, so the count reads only the open messages, not the SENT ones kept as history.
create index ix_outgoing_message_state_channel on outgoing_message (state, channel);
