-- Rule 12.2: a sender signs with Asan İmza or with their e-signature card, so a signing request
-- and a sending name either system.
ALTER TABLE signing_requests DROP CONSTRAINT signing_requests_means_check;
ALTER TABLE signing_requests
    ADD CONSTRAINT signing_requests_means_check CHECK (means IN ('asan-imza', 'e-signature'));
ALTER TABLE application_signatures DROP CONSTRAINT application_signatures_means_check;
ALTER TABLE application_signatures
    ADD CONSTRAINT application_signatures_means_check CHECK (means IN ('asan-imza', 'e-signature'));
