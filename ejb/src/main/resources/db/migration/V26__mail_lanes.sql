-- The mail outbox is drained by several senders side by side (COFILE_MAIL_SENDERS), each taking the lanes that are
-- its own; a mail's lane follows from its recipient, so that one recipient's mail goes out in order. Mail waiting
-- from before goes through lane 0.
ALTER TABLE outgoing_mail ADD COLUMN lane INT NOT NULL DEFAULT 0;
