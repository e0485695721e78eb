-- Sign-on letters of a campaign (issue 10): one per company, signed by organizations (one signature each, by the
-- unique key), printed once the coalition's admins approve, and delivered.
CREATE TABLE sign_on_letter (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    addressees VARCHAR(4000) NOT NULL,
    letter_text LONGTEXT NOT NULL,
    closes_on DATE,
    delivered_on DATE,
    delivered_to VARCHAR(2000),
    delivered_how VARCHAR(2000),
    company_answer VARCHAR(2000),
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_on_letter_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_sign_on_letter_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE TABLE letter_signatory (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    letter_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    printed_name VARCHAR(200) NOT NULL,
    signed_by BIGINT NOT NULL,
    signed_at DATETIME(6) NOT NULL,
    approved BOOLEAN NOT NULL,
    approved_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_letter_signatory UNIQUE (letter_id, organization_id),
    CONSTRAINT fk_letter_signatory_letter FOREIGN KEY (letter_id) REFERENCES sign_on_letter (id),
    CONSTRAINT fk_letter_signatory_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_letter_signatory_member FOREIGN KEY (signed_by) REFERENCES member_account (id)
);
