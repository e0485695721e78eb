-- Holdings an organization imported from its custodian's CSV export, one per company; the co-filing page offers them.
CREATE TABLE imported_holding (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    shares DECIMAL(20, 4) NOT NULL,
    held_since DATE NOT NULL,
    highest_price DECIMAL(20, 4),
    holding_value DECIMAL(20, 2),
    custodian VARCHAR(200),
    dtc_participant VARCHAR(4),
    imported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_imported_holding_organization_company UNIQUE (organization_id, company_id),
    CONSTRAINT fk_imported_holding_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_imported_holding_company FOREIGN KEY (company_id) REFERENCES company (id)
);
