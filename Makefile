# The two commands of the README, and a few more for developers.
#   make run    install what is missing, build, load the demo municipality, show it
#   make test   build with AddressSanitizer + UndefinedBehaviorSanitizer and run every test

BUILD      ?= build
TEST_BUILD ?= build-test
DB         ?= sqlite:var/beredt.db
BEREDT      = ./$(BUILD)/beredt --db $(DB)

.PHONY: all deps build run test clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=debugoptimized

$(TEST_BUILD)/build.ninja:
	meson setup $(TEST_BUILD) --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	@mkdir -p var
	@$(BEREDT) init
	@$(BEREDT) demo
	@echo
	@$(BEREDT) --kommune 3499 assess show
	@echo
	@$(BEREDT) --kommune 3499 report --out var/lederrapport-granheim.html
	@$(BEREDT) --kommune 3499 report --lang en --out var/leadership-report-granheim.html
	@$(BEREDT) --kommune 3499 report --format json --out var/lederrapport-granheim.json
	@echo
	@echo "Lederrapporten (bokmål):  $(CURDIR)/var/lederrapport-granheim.html"
	@echo "Leadership report (en):   $(CURDIR)/var/leadership-report-granheim.html"
	@echo "Som JSON:                 $(CURDIR)/var/lederrapport-granheim.json"
	@echo "Prøv også: $(BEREDT) --kommune 3499 action list"

test: deps $(TEST_BUILD)/build.ninja
	ninja -C $(TEST_BUILD)
	scripts/run-tests $(TEST_BUILD)

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
