-- Mobile numbers are kept as E.164 (issue 10's STOP path): a text-message provider's STOP names the number so, and
-- every signature with it loses consent to texts. Numbers typed before are brought to that form where it is plain:
-- those with a + prefix, and ten-digit numbers of the US and Canada.
UPDATE signature
SET mobile = CONCAT('+', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(mobile, '+', ''), ' ', ''), '(', ''), ')', ''), '-', ''))
WHERE mobile LIKE '+%';
UPDATE signature
SET mobile = CONCAT('+1', REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '(', ''), ')', ''), '-', ''))
WHERE mobile NOT LIKE '+%' AND country IN ('US', 'CA')
  AND LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(mobile, ' ', ''), '(', ''), ')', ''), '-', '')) = 10;
CREATE INDEX ix_signature_mobile ON signature (mobile);
