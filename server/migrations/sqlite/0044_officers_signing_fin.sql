-- Rule 5.2: an officer signs the agency's answers with their own enhanced e-signature, whose
-- certificate names their FIN. It is kept with the office role, not on the account: accounts.fin
-- is unique, and the same person's account as a citizen (by Asan İmza, say) keeps it there. The
-- officers made before (the demo officers) had it on their account.
ALTER TABLE officers ADD COLUMN signing_fin TEXT;
UPDATE officers SET signing_fin = (SELECT fin FROM accounts WHERE accounts.id = officers.account_id);
