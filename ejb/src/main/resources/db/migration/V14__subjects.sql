-- Subjects (issue 9): resolutions of different years at one company on substantially the same subject matter,
-- whose votes decide resubmission (14a-8(i)(12)) and show the subject's support over the years.
CREATE TABLE subject (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    coalition_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_subject_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id),
    CONSTRAINT fk_subject_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE TABLE subject_resolution (
    subject_id BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    PRIMARY KEY (subject_id, resolution_id),
    CONSTRAINT fk_subject_resolution_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_subject_resolution_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);
