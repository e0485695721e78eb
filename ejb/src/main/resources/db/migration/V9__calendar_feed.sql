-- A member's personal iCalendar feed: only the SHA-256 of the secret in its address is kept, like API tokens.
ALTER TABLE member_account ADD COLUMN calendar_feed_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_member_calendar_feed ON member_account (calendar_feed_hash);
