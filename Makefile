# Kuager: `make start` runs it with demo data; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export KUAGER_DATA_DIR ?= $(CURDIR)/data
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: start serve demo test lint typecheck pytest messages bench ocr clean

$(BIN)/kuager: requirements.txt pyproject.toml
	$(PYTHON) scripts/make_venv.py $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.dev: $(BIN)/kuager requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

## start: set up, load the synthetic demo on first run, and serve at http://$(HOST):$(PORT)/
start: $(BIN)/kuager ocr
	$(BIN)/kuager demo
	$(BIN)/kuager serve --host $(HOST) --port $(PORT)

# OCR of scans and photos uses Debian's Tesseract; as root we install it, otherwise say how.
ocr:
	@command -v tesseract >/dev/null 2>&1 && [ -e /usr/share/tesseract-ocr/5/tessdata/kaz.traineddata ] || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz >/dev/null; } \
	      || echo "OCR stays off: apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz failed"; \
	    else echo "For OCR of scans: sudo apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz"; fi; }

serve: $(BIN)/kuager
	$(BIN)/kuager serve --host $(HOST) --port $(PORT)

## test: lint, type-check, catalogue check and the whole test suite (DATABASE_URL selects PostgreSQL)
test: lint typecheck pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check .

typecheck: $(VENV)/.dev
	$(BIN)/mypy .

pytest: $(VENV)/.dev
	$(BIN)/pytest

## messages: refresh the kk/ru/en catalogues from the code and compile them
messages: $(VENV)/.dev
	cd kuager && ../$(BIN)/django-admin makemessages -l kk -l ru -l en --no-obsolete --settings=kuager.settings
	$(BIN)/kuager compile_catalogues

bench: $(VENV)/.dev
	$(BIN)/python bench/import_search.py
	$(BIN)/python bench/evidence_store.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
