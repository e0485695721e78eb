-- The board's answer to a board-review resolution, and the company's commitments on any filed resolution, each
-- followed to whether it was kept (issue 9).
CREATE TABLE board_response (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    review_commissioned BOOLEAN,
    reviewer VARCHAR(200),
    independent BOOLEAN,
    scope VARCHAR(4000),
    conclusion VARCHAR(4000),
    published_on DATE,
    published_at VARCHAR(500),
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_board_response_resolution UNIQUE (resolution_id),
    CONSTRAINT fk_board_response_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);

CREATE TABLE commitment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    commitment_text VARCHAR(2000) NOT NULL,
    made_on DATE NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    evidence VARCHAR(2000),
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_commitment_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);
CREATE INDEX ix_commitment_due ON commitment (status, due_on);
