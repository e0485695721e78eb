-- Campaigns and public petitions (issue 10). One signature per petition and address key, decided by the unique key;
-- the count kept in sixteen counter rows per petition, so that confirmations do not queue on one.
CREATE TABLE campaign (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    coalition_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    goal VARCHAR(2000),
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id)
);

CREATE TABLE petition (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    petition_text VARCHAR(10000) NOT NULL,
    closes_on DATE,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_petition_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE TABLE petition_count_shard (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    petition_id BIGINT NOT NULL,
    shard INT NOT NULL,
    confirmed BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_petition_count_shard UNIQUE (petition_id, shard),
    CONSTRAINT fk_petition_count_shard_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
);

CREATE TABLE signature (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    petition_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) NOT NULL,
    email_key VARCHAR(254) NOT NULL,
    postcode VARCHAR(20) NOT NULL,
    country VARCHAR(2) NOT NULL,
    contact_consent BOOLEAN NOT NULL,
    mobile VARCHAR(30),
    sms_consent BOOLEAN NOT NULL,
    status VARCHAR(20) NOT NULL,
    confirm_token_hash VARCHAR(64) NOT NULL,
    confirm_expires_at DATETIME(6) NOT NULL,
    confirmations_sent INT NOT NULL,
    erase_token_hash VARCHAR(64) NOT NULL,
    shard INT NOT NULL,
    signed_at DATETIME(6) NOT NULL,
    confirmed_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_signature_email UNIQUE (petition_id, email_key),
    CONSTRAINT uk_signature_confirm_token UNIQUE (confirm_token_hash),
    CONSTRAINT uk_signature_erase_token UNIQUE (erase_token_hash),
    CONSTRAINT fk_signature_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
);
CREATE INDEX ix_signature_confirmed ON signature (petition_id, status, shard);
