-- Reminders after filing (issue 9): before a filed resolution's meeting and before a commitment is due; one per
-- subject, day and number of days before it.
CREATE TABLE follow_up_reminder (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    subject_id BIGINT NOT NULL,
    due_on DATE NOT NULL,
    days_before INT NOT NULL,
    sent_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_follow_up_reminder UNIQUE (kind, subject_id, due_on, days_before)
);
