# Qapı's tasks. `make run` and `make test` set up what is missing first.
.PHONY: run test setup client server unit e2e bench clean

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

run: setup client server
	QAPI_ENVIRONMENT=development ./target/release/qapi

test: setup
	cargo test --workspace
	$(MAKE) client server e2e

setup:
	./scripts/setup.sh

client:
	./scripts/build-client.sh

server:
	cargo build --release -p server

e2e:
	cd end2end && npx playwright test

bench: setup client server
	./scripts/setup.sh bench
	./scripts/bench.sh

clean:
	rm -rf target/site target/client-build
