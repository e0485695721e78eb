-- After filing (issue 9): the dialogue with the company, the withdrawal of a proposal by every proponent with or
-- without an agreement, and where each commitment comes from (a statement, a dialogue, a withdrawal agreement).
CREATE TABLE dialogue_entry (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    held_on DATE NOT NULL,
    kind VARCHAR(20) NOT NULL,
    company_participants VARCHAR(1000) NOT NULL,
    proponent_participants VARCHAR(1000),
    notes VARCHAR(5000),
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dialogue_entry_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_dialogue_entry_member FOREIGN KEY (recorded_by) REFERENCES member_account (id)
);
CREATE INDEX ix_dialogue_entry_resolution ON dialogue_entry (resolution_id, held_on);

CREATE TABLE proposal_withdrawal (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    with_agreement BOOLEAN NOT NULL,
    terms VARCHAR(5000),
    agreed_on DATE,
    proposed_on DATE NOT NULL,
    completed_on DATE,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_proposal_withdrawal_resolution UNIQUE (resolution_id),
    CONSTRAINT fk_proposal_withdrawal_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);

CREATE TABLE withdrawal_consent (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    withdrawal_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    consented_on DATE NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_withdrawal_consent UNIQUE (withdrawal_id, organization_id),
    CONSTRAINT fk_withdrawal_consent_withdrawal FOREIGN KEY (withdrawal_id) REFERENCES proposal_withdrawal (id),
    CONSTRAINT fk_withdrawal_consent_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_withdrawal_consent_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);

ALTER TABLE commitment ADD COLUMN origin VARCHAR(30) DEFAULT 'STATEMENT' NOT NULL;
ALTER TABLE commitment ADD COLUMN dialogue_entry_id BIGINT;
ALTER TABLE commitment ADD CONSTRAINT fk_commitment_dialogue FOREIGN KEY (dialogue_entry_id)
    REFERENCES dialogue_entry (id);
