-- Benchmark data: @resolutions resolutions of @versions versions each (defaults 10,000 and 20), drafted by the Sisters'
-- filer for Amazon's next meeting in the demo coalition, plus a known API token for that filer. MariaDB/MySQL; run on
-- a database that holds the demo data (COFILE_DEMO_DATA=true). The texts are a realistic length: a 60-word resolved
-- clause and a 300-word supporting statement.

SET @resolutions = COALESCE(@resolutions, 10000);
SET @versions = COALESCE(@versions, 20);

SELECT id INTO @coalition FROM coalition WHERE name = 'Coalition on Face Surveillance';
SELECT id INTO @company FROM company WHERE ticker = 'AMZN';
SELECT id INTO @meeting FROM annual_meeting WHERE company_id = @company ORDER BY meeting_date DESC LIMIT 1;
SELECT id INTO @sisters FROM organization WHERE name = 'Sisters of St. Joseph of Brentwood';
SELECT id INTO @author FROM member_account WHERE email = 'filer@sisters.test';

CREATE TEMPORARY TABLE bench_digit (d INT NOT NULL);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TEMPORARY TABLE bench_seq (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_seq (n)
    SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 1
    FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f;

SET @clause = CONCAT('RESOLVED, shareholders request that the Board of Directors prohibit sales of facial recognition',
    ' technology to government agencies unless the Board concludes, after an evaluation using independent evidence,',
    ' that the technology does not cause or contribute to actual or potential violations of civil and human rights.');
SET @statement = REPEAT('Independent evidence about misidentification must come before further sales. ', 37);

INSERT INTO resolution (version, coalition_id, company_id, meeting_id, lead_filer_id, kind, jurisdiction, state, title,
        resolved_clause, supporting_statement, br_restriction, br_review_standard, br_required_finding, br_protects,
        topics, current_version, words, created_at, updated_at)
    SELECT 1, @coalition, @company, @meeting, @sisters, 'BOARD_REVIEW', 'US',
        ELT(1 + MOD(n, 4), 'DRAFT', 'IN_REVIEW', 'APPROVED', 'RETURNED_TO_DRAFT'),
        CONCAT('Bench resolution ', n), @clause, @statement,
        'sales of facial recognition technology to government agencies', 'an evaluation using independent evidence',
        'the technology does not cause or contribute to actual or potential violations of civil and human rights',
        'people whose rights surveillance can violate', 'facial recognition', @versions, 400,
        TIMESTAMPADD(SECOND, n, '2026-01-01 00:00:00'), TIMESTAMPADD(SECOND, n, '2026-01-01 00:00:00')
    FROM bench_seq WHERE n <= @resolutions;

INSERT INTO resolution_version (version, resolution_id, number, title, resolved_clause, supporting_statement,
        br_restriction, br_review_standard, br_required_finding, br_protects, words, note, author_id, saved_at)
    SELECT 1, r.id, s.n, r.title, r.resolved_clause, r.supporting_statement, r.br_restriction, r.br_review_standard,
        r.br_required_finding, r.br_protects, 400, CONCAT('version ', s.n), @author,
        TIMESTAMPADD(MINUTE, s.n, r.created_at)
    FROM resolution r JOIN bench_seq s ON s.n <= @versions
    WHERE r.title LIKE 'Bench resolution %';

INSERT INTO resolution_event (version, resolution_id, kind, version_number, reason, actor_id, occurred_at)
    SELECT 1, r.id, IF(s.n = 1, 'CREATED', 'VERSION_SAVED'), s.n, NULL, @author, TIMESTAMPADD(MINUTE, s.n, r.created_at)
    FROM resolution r JOIN bench_seq s ON s.n <= @versions
    WHERE r.title LIKE 'Bench resolution %';

-- The benchmark's API token: cof_benchmark-token, stored as its SHA-256 like every token.
INSERT INTO api_token (version, member_id, name, token_hash, token_prefix, created_at)
    VALUES (1, @author, 'benchmark', SHA2('cof_benchmark-token', 256), 'cof_benchmar', NOW(6));

SELECT COUNT(*) AS resolutions FROM resolution;
SELECT COUNT(*) AS versions FROM resolution_version;
