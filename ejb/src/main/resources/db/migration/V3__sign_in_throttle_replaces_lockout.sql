-- Failed sign-ins are now counted by the sign-in throttle (per e-mail and per client address, with growing delays),
-- not on the account: a lock on the account let anyone lock anyone out.
ALTER TABLE member_account DROP COLUMN failed_sign_ins;
ALTER TABLE member_account DROP COLUMN locked_until;
