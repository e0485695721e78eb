-- A past season entered from a published record: a vote known only by its reported support, and a no-action request
-- whose filing date, proxy date or grounds the record does not give (the 80-day check is then unknown). The staff's
-- reconsideration, and the company's withdrawal of its request.
ALTER TABLE meeting_outcome ADD COLUMN reported_support DECIMAL(5, 2);
ALTER TABLE meeting_outcome ADD COLUMN reported_basis VARCHAR(300);

-- MySQL and H2 spell "drop NOT NULL" differently; a new column copied and renamed is spelled alike in both.
ALTER TABLE no_action_request ADD COLUMN filed_on_known DATE;
ALTER TABLE no_action_request ADD COLUMN definitive_proxy_date_known DATE;
ALTER TABLE no_action_request ADD COLUMN latest_timely_on_known DATE;
ALTER TABLE no_action_request ADD COLUMN days_before_known BIGINT;
ALTER TABLE no_action_request ADD COLUMN timely_known BOOLEAN;
UPDATE no_action_request SET filed_on_known = filed_on, definitive_proxy_date_known = definitive_proxy_date, latest_timely_on_known = latest_timely_on,
    days_before_known = days_before, timely_known = timely;
ALTER TABLE no_action_request DROP COLUMN filed_on;
ALTER TABLE no_action_request DROP COLUMN definitive_proxy_date;
ALTER TABLE no_action_request DROP COLUMN latest_timely_on;
ALTER TABLE no_action_request DROP COLUMN days_before;
ALTER TABLE no_action_request DROP COLUMN timely;
ALTER TABLE no_action_request RENAME COLUMN filed_on_known TO filed_on;
ALTER TABLE no_action_request RENAME COLUMN definitive_proxy_date_known TO definitive_proxy_date;
ALTER TABLE no_action_request RENAME COLUMN latest_timely_on_known TO latest_timely_on;
ALTER TABLE no_action_request RENAME COLUMN days_before_known TO days_before;
ALTER TABLE no_action_request RENAME COLUMN timely_known TO timely;

ALTER TABLE no_action_request ADD COLUMN reconsideration_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE no_action_request ADD COLUMN reconsideration_requested_on DATE;
ALTER TABLE no_action_request ADD COLUMN reconsideration_outcome VARCHAR(20);
ALTER TABLE no_action_request ADD COLUMN reconsideration_answered_on DATE;
ALTER TABLE no_action_request ADD COLUMN withdrawn_on DATE;
ALTER TABLE no_action_request ADD COLUMN record_source VARCHAR(500);
