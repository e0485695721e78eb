-- The mail outbox: mail is written in the transaction of the change it tells of and sent after, in batches over one
-- SMTP connection, so that no request waits for the SMTP server and no committed mail is lost in a restart.
CREATE TABLE outgoing_mail (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    recipient VARCHAR(1000) NOT NULL,
    subject VARCHAR(1000) NOT NULL,
    body LONGTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (next_attempt_at, id);
