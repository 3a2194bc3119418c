# The two commands of the README, and a few more for developers.
#   make run    install what is missing, build, load the demo (Granheim and the cooperation
#               IKT Fjell), start the web application and print one-time links for the first
#               administrator and the cooperation's IT manager
#   make test   build with AddressSanitizer + UndefinedBehaviorSanitizer and run every test

BUILD      ?= build
TEST_BUILD ?= build-test
DB         ?= sqlite:var/beredt.db
BEREDT      = ./$(BUILD)/beredt --db $(DB)

.PHONY: all deps build run test coverage fuzz clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=debugoptimized

$(TEST_BUILD)/build.ninja:
	meson setup $(TEST_BUILD) --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

LISTEN     ?= 127.0.0.1:8080
BASE_URL   ?= http://$(LISTEN)

run: build
	@mkdir -p var
	@$(BEREDT) init
	@$(BEREDT) demo --coop
	@$(BEREDT) --kommune 3499 report --out var/lederrapport-granheim.html
	@echo
	@echo "Lederrapporten for demokommunen: $(CURDIR)/var/lederrapport-granheim.html"
	@echo
	@scripts/first-admin ./$(BUILD)/beredt $(DB) 3499 admin@granheim.no $(BASE_URL)
	@echo
	@echo "IT-lederen i IKT-samarbeidet IKT Fjell (én konto for samarbeidet og alle fem medlemmene):"
	@scripts/first-admin ./$(BUILD)/beredt $(DB) ikt-fjell it-leder@iktfjell.no $(BASE_URL)
	@echo
	@echo "Åpne en av lenkene over i nettleseren for å sette opp innloggingen (passord og tofaktor)."
	@echo "Stopp med Ctrl-C."
	@exec $(BEREDT) serve --listen $(LISTEN) --base-url $(BASE_URL)

test: deps $(TEST_BUILD)/build.ninja
	ninja -C $(TEST_BUILD)
	scripts/run-tests $(TEST_BUILD)

# line coverage of src/ by the whole suite (gcovr from Debian; not part of make test)
COV_BUILD ?= build-cov
coverage: deps
	@command -v gcovr >/dev/null || scripts/install-deps --coverage
	[ -f $(COV_BUILD)/build.ninja ] || meson setup $(COV_BUILD) --buildtype=debug -Db_coverage=true
	ninja -C $(COV_BUILD)
	-scripts/run-tests $(COV_BUILD)
	gcovr -r . --filter src/ --object-directory $(COV_BUILD) --print-summary -o $(COV_BUILD)/coverage.txt
	@tail -3 $(COV_BUILD)/coverage.txt

# a fuzz campaign: every harness for FUZZ_SECONDS (600; the request path 1800), two at a
# time, keeping what it learns (scripts/fuzz --help; not part of make test)
FUZZ_SECONDS ?= 600
FUZZ_HTTP_SECONDS ?= 1800
fuzz: deps
	scripts/fuzz --seconds $(FUZZ_SECONDS) --http-seconds $(FUZZ_HTTP_SECONDS) --keep

clean:
	rm -rf $(BUILD) $(TEST_BUILD) $(COV_BUILD) build-fuzz
