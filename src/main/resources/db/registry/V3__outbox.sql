-- The outbox: a message is stored PENDING in the business transaction and sent by a job after
-- commit (SENDING while an attempt is under way, then SENT or, after the last retry, FAILED).
-- NOT_SENT: no mail server is configured. last_error is a Swedish reason, never a stack trace.
alter table outgoing_message drop constraint ck_outgoing_message_state;
alter table outgoing_message add constraint ck_outgoing_message_state
    check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_SENT'));
alter table outgoing_message add column attempts integer default 0 not null;
alter table outgoing_message add column last_attempt_at timestamp;
alter table outgoing_message add column last_error varchar(500);
-- the Message-ID header: the same on every attempt, so a resend is recognisably the same mail
alter table outgoing_message add column message_id varchar(200);
alter table outgoing_message add constraint uq_outgoing_message_message_id unique (message_id);
