-- A campaign's three fronts together (issue 10): the companies it targets, the coalition's resolutions it carries, its
-- public page once published, and letters written once and adapted to several companies (the 2019 trio).
ALTER TABLE campaign ADD COLUMN published_at DATETIME(6);

CREATE TABLE campaign_target (
    campaign_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, company_id),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE TABLE campaign_resolution (
    campaign_id BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, resolution_id),
    CONSTRAINT fk_campaign_resolution_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_resolution_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);

CREATE TABLE letter_set (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_letter_set_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
ALTER TABLE sign_on_letter ADD COLUMN letter_set_id BIGINT;
ALTER TABLE sign_on_letter ADD CONSTRAINT fk_sign_on_letter_set FOREIGN KEY (letter_set_id) REFERENCES letter_set (id);

-- Letters that were there before: their companies are targets of their campaigns.
INSERT INTO campaign_target (campaign_id, company_id)
    SELECT DISTINCT campaign_id, company_id FROM sign_on_letter;
