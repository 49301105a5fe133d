# Qapı's tasks. `make run` and `make test` set up what is missing first.
.PHONY: run test setup client client-production size server test-server api-postgres api-fuzz unit e2e bench clean

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

run: setup client server
	QAPI_ENVIRONMENT=development ./target/release/qapi

# One step after another: the clients built beside the Rust tests took as long cold (1 703 s
# against 708 + about 990), each step running half as fast beside the other (2026-12-08).
test: setup
	cargo test --workspace
	$(MAKE) api-postgres client size api-fuzz e2e

# The API suite again on PostgreSQL: a throwaway cluster (pg_virtualenv exports its PG*
# variables), a database of its own for each test.
api-postgres:
	pg_virtualenv -o fsync=off env QAPI_TEST_DATABASE=postgres cargo test -p server --test api

setup:
	./scripts/setup.sh

client:
	./scripts/build-client.sh

# The production client (no development area) from the same modules, its byte budgets held.
client-production:
	./scripts/build-client.sh production target/site-production

size: client-production
	./scripts/check-production-client.sh target/site-production
	./scripts/client-size.sh target/site-production

server:
	cargo build --release -p server

# The server schemathesis and Playwright run: the debug build that `cargo test --workspace`
# makes (with the same features, so nothing is compiled twice). A release build compiles every
# crate again, ten minutes cold on two cores, for suites that wait on a browser or on Python:
# Playwright took 14.1 min against the release server and 15.2 against this one.
test-server:
	cargo test --workspace --no-run

# Schemathesis from /api/openapi.json (scripts/api-fuzz.sh).
api-fuzz: test-server
	./scripts/api-fuzz.sh

e2e: test-server
	cd end2end && npx playwright test

bench: setup client server
	./scripts/setup.sh bench
	./scripts/bench.sh

clean:
	rm -rf target/site target/site-production target/client-build
