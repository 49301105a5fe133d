-- The simulators' tables leave the portal's schema (issue 18): `Store::simulators` creates them
-- (server/migrations/simulators/sqlite.sql) only where a simulator is configured, so a
-- production database holds none. Their rows were development state; a development server
-- starts its simulators afresh (the demo fines are seeded again, unpaid).
DROP TABLE simulated_identity_requests;
DROP TABLE simulated_fines;
DROP TABLE simulated_gateway_orders;
