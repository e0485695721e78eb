-- Abuse guards for petitions (issue 10): why a signature is held aside, and each campaign's block list of addresses
-- and domains.
ALTER TABLE signature ADD COLUMN held_for VARCHAR(100);
CREATE INDEX ix_signature_status ON signature (petition_id, status, id);

CREATE TABLE signature_block (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    entry VARCHAR(254) NOT NULL,
    note VARCHAR(500),
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_signature_block UNIQUE (campaign_id, entry),
    CONSTRAINT fk_signature_block_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
