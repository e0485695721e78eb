-- Each deadline reminder sent, so that none is sent twice: not on a second timer run, not after a restart, not by a
-- second node (the unique key is the last guard).
CREATE TABLE reminder_sent (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    cofiler_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    days_before INT NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder_sent UNIQUE (cofiler_id, deadline, days_before),
    CONSTRAINT fk_reminder_sent_cofiler FOREIGN KEY (cofiler_id) REFERENCES cofiler (id)
);
