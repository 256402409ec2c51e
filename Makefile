# LexCyr: the two commands in the README.
#   make run   - install what is missing, build release, extract the shipped sample
#   make test  - install what is missing, run the test suite and validate outputs against the schema

SAMPLE ?= Corpus/seed/kz-president-local-authorities.txt
OUT ?= out

.PHONY: run test setup build release score bench clean

setup:
	@scripts/setup.sh

release: setup
	swift build -c release

run: release
	@mkdir -p $(OUT)
	.build/release/lexcyr extract --output $(OUT) $(SAMPLE)
	@echo "wrote $(OUT)/$$(basename $(SAMPLE) .txt).json"
	.build/release/lexcyr lint --today 2023-12-31 $(SAMPLE) || true
	.build/release/lexcyr score Corpus

test: setup
	swift build
	python3 tools/validate_outputs.py .build/debug/lexcyr
	swift test

score: setup
	swift build
	.build/debug/lexcyr score --verbose Corpus

clean:
	rm -rf .build $(OUT)
