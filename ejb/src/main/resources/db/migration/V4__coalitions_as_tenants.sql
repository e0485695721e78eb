-- Coalitions become tenants. Administering a coalition is a right within one coalition (coalition_admin), not a role
-- valid everywhere; a platform admin only creates coalitions. Members can be deactivated without losing their record.

ALTER TABLE member_account ADD COLUMN platform_admin BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE member_account ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE member_account ADD COLUMN deactivated_at DATETIME(6);

CREATE TABLE coalition_admin (
    coalition_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (coalition_id, member_id),
    CONSTRAINT fk_coalition_admin_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id),
    CONSTRAINT fk_coalition_admin_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
CREATE INDEX ix_coalition_admin_member ON coalition_admin (member_id);
CREATE INDEX ix_coalition_organization_organization ON coalition_organization (organization_id);

-- The former global coalition admins keep what they had: they administer every coalition of their organization, run
-- the platform, and administer their own organization.
INSERT INTO coalition_admin (coalition_id, member_id)
    SELECT co.coalition_id, m.id FROM member_account m
    JOIN coalition_organization co ON co.organization_id = m.organization_id
    WHERE m.role = 'COALITION_ADMIN';
UPDATE member_account SET platform_admin = TRUE, role = 'ORG_ADMIN' WHERE role = 'COALITION_ADMIN';
