-- The proof of work each captcha asks for: more from an address that keeps asking (the leading
-- zero bits of the hash; 20 was the one difficulty before).
ALTER TABLE captchas ADD COLUMN work_bits INTEGER NOT NULL DEFAULT 20;
