-- Cofile foundation schema. One script for H2 (MODE=LEGACY) and MySQL/MariaDB alike:
-- BIGINT AUTO_INCREMENT keys, DATETIME(6) instants in UTC, VARCHAR enums, LONGTEXT for JSON.

CREATE TABLE organization (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    website VARCHAR(200),
    country_code VARCHAR(2),
    PRIMARY KEY (id),
    CONSTRAINT uk_organization_name UNIQUE (name)
);

CREATE TABLE member_account (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    email VARCHAR(200) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(30) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    failed_sign_ins INT NOT NULL,
    locked_until DATETIME(6),
    preferred_locale VARCHAR(10),
    PRIMARY KEY (id),
    CONSTRAINT uk_member_email UNIQUE (email),
    CONSTRAINT fk_member_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE coalition (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    purpose VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uk_coalition_name UNIQUE (name)
);

CREATE TABLE coalition_organization (
    coalition_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (coalition_id, organization_id),
    CONSTRAINT fk_coalition_organization_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id),
    CONSTRAINT fk_coalition_organization_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE api_token (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    token_prefix VARCHAR(12) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);

CREATE TABLE company (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    ticker VARCHAR(10) NOT NULL,
    cik VARCHAR(10),
    country_code VARCHAR(2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_company_ticker UNIQUE (ticker),
    CONSTRAINT uk_company_cik UNIQUE (cik)
);
CREATE INDEX ix_company_name ON company (name);

CREATE TABLE annual_meeting (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    meeting_date DATE NOT NULL,
    proxy_release_date DATE,
    announced_proposal_deadline DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_annual_meeting_company_date UNIQUE (company_id, meeting_date),
    CONSTRAINT fk_annual_meeting_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_annual_meeting_date ON annual_meeting (meeting_date);

CREATE TABLE audit_entry (
    id BIGINT NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id BIGINT NOT NULL,
    entity_label VARCHAR(300),
    action VARCHAR(10) NOT NULL,
    changes LONGTEXT NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_record ON audit_entry (entity_type, entity_id);
