-- Vote pre-declarations (issue 9): how an organization will vote on a filed proposal, public or for the coalition.
CREATE TABLE vote_declaration (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL,
    resolution_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    declared_vote VARCHAR(10) NOT NULL,
    rationale VARCHAR(4000),
    shares BIGINT NOT NULL,
    visibility VARCHAR(10) NOT NULL,
    declared_by BIGINT NOT NULL,
    declared_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_vote_declaration UNIQUE (resolution_id, organization_id),
    CONSTRAINT fk_vote_declaration_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id),
    CONSTRAINT fk_vote_declaration_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_vote_declaration_member FOREIGN KEY (declared_by) REFERENCES member_account (id)
);
CREATE INDEX ix_vote_declaration_visibility ON vote_declaration (visibility);
