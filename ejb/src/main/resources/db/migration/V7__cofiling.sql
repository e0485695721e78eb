-- Co-filing an approved resolution: its proponents with their holdings and statements, the one-proposal-per-meeting
-- claims, the uploaded letters (bytes in a table of their own) and the filing itself.

-- Where the company asks proposals to be sent, for the filing package's cover letter.
ALTER TABLE company ADD COLUMN secretary_address VARCHAR(500);
ALTER TABLE company ADD COLUMN secretary_email VARCHAR(254);

ALTER TABLE resolution ADD COLUMN planned_submission_on DATE;
ALTER TABLE resolution ADD COLUMN submitted_on DATE;
ALTER TABLE resolution ADD COLUMN delivered_by VARCHAR(10);
ALTER TABLE resolution ADD COLUMN receipt_acknowledged_on DATE;

CREATE TABLE cofiler (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    role VARCHAR(10) NOT NULL,
    status VARCHAR(10) NOT NULL,
    reason VARCHAR(2000),
    shares DECIMAL(20, 4),
    held_since DATE,
    highest_price DECIMAL(20, 4),
    holding_value DECIMAL(20, 2),
    custodian VARCHAR(200),
    dtc_participant VARCHAR(4),
    proof_covers_through DATE,
    intends_to_hold BOOLEAN NOT NULL,
    availability VARCHAR(1000),
    contact VARCHAR(500),
    representative_name VARCHAR(200),
    representative_org_id BIGINT,
    proof_on_file BOOLEAN NOT NULL,
    authorization_on_file BOOLEAN NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    -- An organization has one record per resolution, whatever became of it.
    CONSTRAINT uk_cofiler_resolution_organization UNIQUE (resolution_id, organization_id),
    CONSTRAINT fk_cofiler_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_cofiler_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_cofiler_organization ON cofiler (organization_id, status);

-- 14a-8(c): one proposal per proponent per meeting, across every coalition of the instance.
CREATE TABLE proponent_slot (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL,
    proponent_key VARCHAR(220) NOT NULL,
    resolution_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_proponent_slot_meeting_proponent UNIQUE (meeting_id, proponent_key),
    CONSTRAINT fk_proponent_slot_meeting FOREIGN KEY (meeting_id) REFERENCES annual_meeting (id),
    CONSTRAINT fk_proponent_slot_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);
CREATE INDEX ix_proponent_slot_resolution ON proponent_slot (resolution_id);

CREATE TABLE filing_document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploaded_by BIGINT NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_filing_document_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_filing_document_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_filing_document_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES member_account (id)
);
CREATE INDEX ix_filing_document_resolution ON filing_document (resolution_id, organization_id, kind);

CREATE TABLE document_content (
    document_id BIGINT NOT NULL,
    bytes LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES filing_document (id)
);

-- The lead filer of every resolution approved before co-filing existed becomes its first proponent.
INSERT INTO cofiler (version, resolution_id, organization_id, role, status, intends_to_hold, proof_on_file,
                     authorization_on_file, updated_at)
SELECT 1, id, lead_filer_id, 'LEAD', 'JOINED', FALSE, FALSE, FALSE, updated_at FROM resolution WHERE state = 'APPROVED';
INSERT INTO proponent_slot (version, meeting_id, proponent_key, resolution_id)
SELECT 1, meeting_id, CONCAT('org:', lead_filer_id), MIN(id) FROM resolution WHERE state = 'APPROVED'
GROUP BY meeting_id, lead_filer_id;
