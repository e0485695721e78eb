-- Invitations (a person into an organization, an organization into a coalition) and password resets: e-mailed
-- single-use links stored as SHA-256 hashes, with their expiry.

CREATE TABLE invitation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    email VARCHAR(200) NOT NULL,
    organization_id BIGINT,
    coalition_id BIGINT,
    role VARCHAR(30),
    organization_name VARCHAR(200),
    organization_kind VARCHAR(40),
    invited_by_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invitation_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by_id) REFERENCES member_account (id)
);
CREATE INDEX ix_invitation_organization ON invitation (organization_id);

CREATE TABLE password_reset (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
