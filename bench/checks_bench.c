/* checks_bench.c: the checks at national scale (issue 5). 357 municipalities of 300
 * systems (107,100 systems) with products drawn from the end-of-life catalog, KEV
 * products and names no catalog knows, security profiles of every kind; and 100,000
 * components matched against both catalogs. The floor beside it is parsing the two
 * catalog files, which every run must do anyway.
 *
 * usage: checks_bench EOL.json KEV.json
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/checks.h"
#include "io/refdata_json.h"
#include "model/finding.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"

#define SYSTEMS (357 * 300)
#define COMPONENTS 100000

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static uint64_t rng = 88172645463325252ULL;
static size_t pick(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

int main(int argc, char **argv)
{
	struct arena a;
	struct err e;
	struct buf be, bk;
	struct eol_catalog eol;
	struct kev_catalog kev;
	int32_t today;
	if (argc != 3) {
		fputs("usage: checks_bench EOL.json KEV.json\n", stderr);
		return 2;
	}
	arena_init(&a, (size_t)4 << 30);
	err_init(&e, LANG_NB);
	date_parse("2026-11-28", &today);
	buf_init(&be, REFDATA_MAX);
	buf_init(&bk, REFDATA_MAX);
	if (file_read(argv[1], REFDATA_MAX, &be, &e) < 0 || file_read(argv[2], REFDATA_MAX, &bk, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	double t0 = now();
	if (eol_json_read(&a, be.data, be.len, "eol", &eol, &e) < 0 ||
	    kev_json_read(&a, bk.data, bk.len, "kev", &kev, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	double parse = now() - t0;

	/* the systems: a third from the EOL catalog (a real release), a third named as KEV
	 * names products, a third that no catalog knows */
	struct ros_system *sys = calloc(SYSTEMS, sizeof(*sys));
	struct posture *post = calloc(SYSTEMS, sizeof(*post));
	struct check_system *cs = calloc(SYSTEMS, sizeof(*cs));
	if (!sys || !post || !cs)
		return 1;
	for (size_t i = 0; i < SYSTEMS; i++) {
		char *name = arena_printf(&a, "System %zu", i);
		const char *product = NULL, *version = NULL;
		switch (i % 3) {
		case 0: {
			const struct eol_product *p = &eol.products[pick(eol.n)];
			product = p->title;
			version = p->n ? p->releases[pick(p->n)].cycle : NULL;
			break;
		}
		case 1: {
			const struct kev_entry *k = &kev.entries[pick(kev.n)];
			product = arena_printf(&a, "%s %s", k->vendor, k->product);
			version = "1.0";
			break;
		}
		default:
			product = arena_printf(&a, "Fagsystem %zu", pick(5000));
			version = "3.2";
		}
		sys[i] = (struct ros_system){ .id = (int64_t)i + 1, .name = name, .product = product, .version = version,
					      .kind = "fagsystem", .rto_hours = 24, .internet_exposed = pick(10) == 0 };
		posture_unknown(&post[i], sys[i].id);
		post[i].auth = (enum posture_auth)pick(AUTH_COUNT);
		post[i].backup_offline = pick(2);
		post[i].restore_tested = pick(3) ? today - (int32_t)pick(700) : DATE_NONE;
		post[i].restore_result = post[i].restore_tested == DATE_NONE ? RESTORE_UKJENT : RESTORE_OK;
		post[i].restore_hours = (int)pick(48);
		post[i].logs_collected = pick(2);
		post[i].alert_receiver = pick(2) ? "SOC" : NULL;
		post[i].watch = (enum posture_watch)pick(WATCH_COUNT);
		post[i].last_pentest = pick(2) ? today - (int32_t)pick(800) : DATE_NONE;
	}

	/* matching every system against both catalogs: what checks_tenant does per system */
	t0 = now();
	size_t kev_hits = 0, unsupported = 0;
	for (size_t i = 0; i < SYSTEMS; i++) {
		struct checks_system_life life;
		if (checks_system_life(&a, today, &eol, &kev, &sys[i], &life, &e) < 0) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		kev_hits += life.n_kev > 0;
		unsupported += life.status == LIFE_UNSUPPORTED;
		cs[i] = (struct check_system){
			.id = sys[i].id, .name = sys[i].name, .internet_exposed = sys[i].internet_exposed,
			.life = life.status, .life_end = life.end, .release = sys[i].product, .version = sys[i].version,
			.kev = life.tally,
			.posture = i % 7 ? &post[i] : NULL, .weight = (int)pick(6), .rto_hours = 24, .owner = "IT-sjef",
			.kind = "fagsystem",
		};
	}
	double match = now() - t0;

	/* every rule over every system */
	struct check_input in = { .systems = cs, .n_systems = SYSTEMS, .today = today };
	struct finding_hit *hits;
	size_t n_hits;
	t0 = now();
	if (check_run(&a, &in, &hits, &n_hits, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	double rules = now() - t0;

	/* 100,000 components (an SBOM's worth of names) against both catalogs */
	t0 = now();
	size_t comp_hits = 0;
	for (size_t i = 0; i < COMPONENTS; i++) {
		struct ros_system c = { .product = sys[pick(SYSTEMS)].product, .version = "2.0" };
		struct checks_system_life life;
		if (checks_system_life(&a, today, &eol, &kev, &c, &life, &e) < 0)
			return 1;
		comp_hits += life.product || life.n_kev;
	}
	double comps = now() - t0;

	printf("Checks at national scale: %d systems (357 municipalities × 300), %zu EOL products, %zu KEV entries.\n\n",
	       SYSTEMS, eol.n, kev.n);
	printf("  %-52s %9.3f s   (the floor)\n", "parse both catalog files", parse);
	printf("  %-52s %9.3f s   %5.1f × the floor\n", "match every system against both catalogs", match, match / parse);
	printf("  %-52s %9.3f s   %5.1f × the floor\n", "run every rule over every system", rules, rules / parse);
	printf("  %-52s %9.3f s   %5.1f × the floor\n", "a full check run (parse + match + rules)", parse + match + rules,
	       (parse + match + rules) / parse);
	printf("  %-52s %9.3f s   %5.1f × the floor\n", "match 100,000 components against both catalogs", comps,
	       comps / parse);
	printf("\n  %zu findings; %zu systems unsupported, %zu with KEV entries; %zu components known to a catalog.\n",
	       n_hits, unsupported, kev_hits, comp_hits);
	printf("  Aim: a full check run under 1 s.\n");
	buf_release(&be);
	buf_release(&bk);
	free(sys);
	free(post);
	free(cs);
	arena_release(&a);
	return 0;
}
