-- Resolutions a coalition drafts: the current text on the resolution (for lists), every saved version, reviewers'
-- comments and the timeline of what people did.

CREATE TABLE resolution (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    coalition_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    lead_filer_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    jurisdiction VARCHAR(10) NOT NULL,
    state VARCHAR(20) NOT NULL,
    title VARCHAR(200) NOT NULL,
    resolved_clause LONGTEXT NOT NULL,
    supporting_statement LONGTEXT,
    br_restriction VARCHAR(2000),
    br_review_standard VARCHAR(2000),
    br_required_finding VARCHAR(2000),
    br_protects VARCHAR(2000),
    topics VARCHAR(1300),
    current_version INT NOT NULL,
    words INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_resolution_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id),
    CONSTRAINT fk_resolution_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_resolution_meeting FOREIGN KEY (meeting_id) REFERENCES annual_meeting (id),
    CONSTRAINT fk_resolution_lead_filer FOREIGN KEY (lead_filer_id) REFERENCES organization (id)
);
-- Every list is filtered by the caller's coalitions first, then newest first.
CREATE INDEX ix_resolution_coalition_updated ON resolution (coalition_id, updated_at);
CREATE INDEX ix_resolution_company ON resolution (company_id);
CREATE INDEX ix_resolution_meeting ON resolution (meeting_id);

CREATE TABLE resolution_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    resolved_clause LONGTEXT NOT NULL,
    supporting_statement LONGTEXT,
    br_restriction VARCHAR(2000),
    br_review_standard VARCHAR(2000),
    br_required_finding VARCHAR(2000),
    br_protects VARCHAR(2000),
    words INT NOT NULL,
    note VARCHAR(500) NOT NULL,
    author_id BIGINT NOT NULL,
    saved_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_resolution_version_number UNIQUE (resolution_id, number),
    CONSTRAINT fk_resolution_version_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_resolution_version_author FOREIGN KEY (author_id) REFERENCES member_account (id)
);

CREATE TABLE review_comment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    text LONGTEXT NOT NULL,
    author_id BIGINT NOT NULL,
    posted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_comment_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_review_comment_author FOREIGN KEY (author_id) REFERENCES member_account (id)
);
CREATE INDEX ix_review_comment_resolution ON review_comment (resolution_id, posted_at);

CREATE TABLE resolution_event (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    version_number INT NOT NULL,
    reason VARCHAR(2000),
    actor_id BIGINT NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_resolution_event_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_resolution_event_actor FOREIGN KEY (actor_id) REFERENCES member_account (id)
);
CREATE INDEX ix_resolution_event_resolution ON resolution_event (resolution_id, occurred_at);
