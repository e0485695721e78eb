-- The company's statement in opposition (14a-8(m)) and the definitive proxy it goes into, with the meeting's record.
ALTER TABLE meeting_outcome ADD COLUMN definitive_proxy_date DATE;
ALTER TABLE meeting_outcome ADD COLUMN opposition_received_on DATE;
