-- Notifications (issue 9): each timeline entry told to the members concerned, in the portal and by e-mail at once or
-- in a daily digest, as each member chooses; the dispatcher's cursor through the timeline.
ALTER TABLE member_account ADD COLUMN mail_preference VARCHAR(20) DEFAULT 'IMMEDIATE' NOT NULL;

CREATE TABLE notification (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    event_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6),
    mailed_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_member_event UNIQUE (member_id, event_id),
    CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES member_account (id),
    CONSTRAINT fk_notification_event FOREIGN KEY (event_id) REFERENCES resolution_event (id)
);
CREATE INDEX ix_notification_unread ON notification (member_id, read_at);
CREATE INDEX ix_notification_unmailed ON notification (mailed_at);

CREATE TABLE notification_cursor (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL,
    last_event_id BIGINT NOT NULL,
    digest_sent_on DATE,
    PRIMARY KEY (id)
);
