-- The company's answers to a filed resolution (issue 9): deficiency notices and cures, no-action requests and the
-- staff's answers, and what happened at the meeting with the vote. Clocks the engine computed when recorded are kept
-- with the answer; the vote's percentages are not, the engine computes them from the raw counts on every read.
CREATE TABLE deficiency_notice (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    seq INT NOT NULL,
    proposal_received_on DATE NOT NULL,
    notice_sent_on DATE NOT NULL,
    notice_received_on DATE NOT NULL,
    deficiencies VARCHAR(400) NOT NULL,
    details VARCHAR(2000),
    notice_due_on DATE NOT NULL,
    cure_deadline DATE NOT NULL,
    cure_sent_on DATE,
    cure_note VARCHAR(2000),
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_deficiency_notice_number UNIQUE (resolution_id, seq),
    CONSTRAINT fk_deficiency_notice_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);

CREATE TABLE no_action_request (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    seq INT NOT NULL,
    filed_on DATE NOT NULL,
    definitive_proxy_date DATE NOT NULL,
    grounds VARCHAR(200) NOT NULL,
    latest_timely_on DATE NOT NULL,
    days_before BIGINT NOT NULL,
    timely BOOLEAN NOT NULL,
    rule_set VARCHAR(200) NOT NULL,
    posture VARCHAR(200),
    outcome VARCHAR(20),
    answered_on DATE,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_no_action_request_number UNIQUE (resolution_id, seq),
    CONSTRAINT fk_no_action_request_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);

CREATE TABLE meeting_outcome (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    item_number INT,
    presented BOOLEAN,
    presenter VARCHAR(200),
    good_cause BOOLEAN NOT NULL,
    votes_for BIGINT,
    votes_against BIGINT,
    votes_abstain BIGINT,
    broker_non_votes BIGINT,
    shares_outstanding BIGINT,
    vote_source VARCHAR(500),
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_outcome_resolution UNIQUE (resolution_id),
    CONSTRAINT fk_meeting_outcome_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);
CREATE INDEX ix_meeting_outcome_no_show ON meeting_outcome (presented, good_cause);
