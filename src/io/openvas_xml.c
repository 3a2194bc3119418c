/* io/openvas_xml.c: see openvas_xml.h. */
#include "io/openvas_xml.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "io/xml_guard.h"
#include "util/buf.h"
#include "util/limits.h"

#define DEPTH_MAX 40
#define TEXT_MAX 4096           /* the text of one element kept; longer text is cut */

struct state {
	struct xml_guard g;       /* first: the guard's handlers see the state as a guard */
	struct arena *a;
	struct openvas_report *out;
	size_t cap;
	bool root_seen, in_result, in_host, in_nvt;
	int result_depth;
	struct vuln_result cur;
	const char *hostname;
	const char **hostnames;   /* per result, the name its host went by (NULL) */
	size_t n_hostnames, cap_hostnames;
	struct buf text;          /* the character data of the element being read */
	struct buf cves;
};

static const char *attr(const XML_Char **atts, const char *name)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (strcmp(atts[i], name) == 0)
			return atts[i + 1];
	return NULL;
}

/* The element's text, trimmed, in the arena; NULL when empty. */
static const char *text(struct state *s)
{
	const char *t = s->text.data ? s->text.data : "";
	size_t n = s->text.len;
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\r' || t[n - 1] == '\t'))
		n--;
	while (n && (*t == ' ' || *t == '\n' || *t == '\r' || *t == '\t'))
		t++, n--;
	return n ? arena_strndup(s->a, t, n) : NULL;
}

static void chars(void *data, const XML_Char *t, int len)
{
	struct state *s = data;
	if (!s->in_result || s->text.len + (size_t)len > TEXT_MAX)
		return;
	buf_append(&s->text, t, (size_t)len);
}

static void add_cve(struct state *s, const char *id)
{
	if (!id || strncmp(id, "CVE-", 4) != 0 || s->cves.len > 2000)
		return;
	if (s->cves.len)
		buf_puts(&s->cves, ", ");
	buf_puts(&s->cves, id);
}

static void start(void *data, const XML_Char *el, const XML_Char **atts)
{
	struct state *s = data;
	if (!xml_guard_enter(&s->g))
		return;
	if (!s->root_seen) {
		if (strcmp(el, "report") != 0 && strcmp(el, "get_reports_response") != 0) {
			xml_guard_stop(&s->g, "ikke en rapport fra Greenbone/OpenVAS (rotelementet er ikke <report>)");
			return;
		}
		s->root_seen = true;
	}
	/* the address is the host element's own text, before its first child */
	if (s->in_host && !s->cur.host)
		s->cur.host = text(s);
	buf_reset(&s->text);
	if (strcmp(el, "result") == 0 && !s->in_result && attr(atts, "id")) {
		s->in_result = true;
		s->result_depth = s->g.depth;
		memset(&s->cur, 0, sizeof(s->cur));
		s->hostname = NULL;
		buf_reset(&s->cves);
	} else if (s->in_result && strcmp(el, "host") == 0) {
		s->in_host = true;
	} else if (s->in_result && strcmp(el, "nvt") == 0) {
		s->in_nvt = true;
		const char *oid = attr(atts, "oid");
		s->cur.oid = oid ? arena_strdup(s->a, oid) : NULL;
	} else if (s->in_nvt && strcmp(el, "ref") == 0) {
		const char *type = attr(atts, "type");
		if (type && strcmp(type, "cve") == 0)
			add_cve(s, attr(atts, "id"));
	}
}

static void end(void *data, const XML_Char *el)
{
	struct state *s = data;
	int depth = s->g.depth--;
	if (!s->in_result)
		return;
	if (strcmp(el, "host") == 0 && s->in_host) {
		/* the address is the host element's own text, before its children */
		if (!s->cur.host)
			s->cur.host = text(s);
		s->in_host = false;
	} else if (s->in_host && strcmp(el, "hostname") == 0) {
		s->hostname = text(s);
	} else if (s->in_host && strcmp(el, "asset") == 0) {
		/* the address text came before <asset>: keep it */
	} else if (strcmp(el, "port") == 0 && depth == s->result_depth + 1) {
		s->cur.port = text(s);
	} else if (strcmp(el, "name") == 0 && depth == s->result_depth + 1) {
		s->cur.name = text(s);
	} else if (strcmp(el, "severity") == 0 && depth == s->result_depth + 1) {
		const char *t = text(s);
		char *endp = NULL;
		double v = t ? strtod(t, &endp) : 0;
		/* checked before any cast: CVSS is 0..10; Greenbone writes -1 and below for
		 * false positives and errors (not findings) */
		if (t && (endp == t || *endp || !isfinite(v) || v > 10.0 || v < -100.0)) {
			xml_guard_stop(&s->g, "alvorlighetsgraden i et resultat er ikke et tall fra 0 til 10");
			return;
		}
		s->cur.severity10 = v > 0 ? (int)(v * 10 + 0.5) : 0;
	} else if (s->in_nvt && strcmp(el, "cve") == 0) {
		/* older reports: <cve>CVE-1, CVE-2</cve> */
		const char *t = text(s);
		if (t && strcmp(t, "NOCVE") != 0) {
			char *copy = arena_strdup(s->a, t), *save = NULL;
			for (char *c = copy ? strtok_r(copy, ", ", &save) : NULL; c; c = strtok_r(NULL, ", ", &save))
				add_cve(s, c);
		}
	} else if (strcmp(el, "nvt") == 0) {
		s->in_nvt = false;
	} else if (strcmp(el, "result") == 0 && depth == s->result_depth) {
		s->in_result = false;
		if (s->cur.severity10 <= 0 || !s->cur.host)
			return;               /* a log message, or nothing to tie it to */
		if (s->out->n >= OPENVAS_RESULTS_MAX) {
			xml_guard_stop(&s->g, "for mange resultater");
			return;
		}
		if (!s->cur.name)
			s->cur.name = "?";
		if (!s->cur.port)
			s->cur.port = "general/tcp";
		s->cur.cves = s->cves.len ? arena_strndup(s->a, s->cves.data, s->cves.len) : NULL;
		struct vuln_result *r = arena_push(s->a, (void **)&s->out->results, &s->out->n, &s->cap, sizeof(*r));
		if (!r) {
			xml_guard_stop(&s->g, "Tom for minne.");
			return;
		}
		*r = s->cur;
		const char **hn = arena_push(s->a, (void **)&s->hostnames, &s->n_hostnames, &s->cap_hostnames,
					     sizeof(*hn));
		if (!hn) {
			xml_guard_stop(&s->g, "Tom for minne.");
			return;
		}
		*hn = s->hostname;
	}
	buf_reset(&s->text);
}

struct seen {
	const char *addr;
	size_t first;             /* the result that named it first */
};

static int by_addr(const void *a, const void *b)
{
	const struct seen *x = a, *y = b;
	int c = strcmp(x->addr, y->addr);
	return c ? c : (x->first > y->first) - (x->first < y->first);
}

static int by_first(const void *a, const void *b)
{
	const struct seen *x = a, *y = b;
	return (x->first > y->first) - (x->first < y->first);
}

/* The scanned hosts, each once, in the order the results first name them: sorted by
 * address rather than searched per result, which made 80,000 hosts take 22 s. */
static int collect_hosts(struct state *s)
{
	struct openvas_report *o = s->out;
	size_t n = o->n, k = 0;
	if (!n)
		return 0;
	struct seen *v = arena_alloc(s->a, n * sizeof(*v));
	o->hosts = arena_alloc(s->a, n * sizeof(*o->hosts));
	if (!v || !o->hosts)
		return -1;
	for (size_t i = 0; i < n; i++)
		v[i] = (struct seen){ o->results[i].host, i };
	qsort(v, n, sizeof(*v), by_addr);
	for (size_t i = 0; i < n; i++)
		if (!k || strcmp(v[k - 1].addr, v[i].addr) != 0)
			v[k++] = v[i];
	qsort(v, k, sizeof(*v), by_first);
	for (size_t i = 0; i < k; i++)
		o->hosts[i] = (struct scan_host){ v[i].addr, s->hostnames[v[i].first] };
	o->n_hosts = k;
	return 0;
}

int openvas_xml_read(struct arena *a, const char *data, size_t len, const char *origin, struct openvas_report *out,
		     struct err *e)
{
	memset(out, 0, sizeof(*out));
	if (len > OPENVAS_MAX)
		return err_set(e, "%s: filen er større enn %zu MB.", origin, OPENVAS_MAX >> 20);
	struct state s = { .a = a, .out = out };
	buf_init(&s.text, TEXT_MAX + 1);
	buf_init(&s.cves, LIMIT_SMALL_TEXT);
	if (!xml_guard_new(&s.g, DEPTH_MAX))
		return err_set(e, "Tom for minne.");
	XML_SetElementHandler(s.g.p, start, end);
	XML_SetCharacterDataHandler(s.g.p, chars);
	int rc = xml_guard_parse(&s.g, data, len, origin, e);
	if (rc == 0 && !s.root_seen)
		rc = err_set(e, "%s: ikke en rapport fra Greenbone/OpenVAS.", origin);
	if (rc == 0 && collect_hosts(&s) < 0)
		rc = err_set(e, "Tom for minne.");
	buf_release(&s.text);
	buf_release(&s.cves);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}
