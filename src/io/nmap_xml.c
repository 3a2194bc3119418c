/* io/nmap_xml.c: see nmap_xml.h. expat streams the document; the handlers keep only the
 * current host and port, so memory follows what is kept, not the file. */
#include "io/nmap_xml.h"
#include "io/xml_guard.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH_MAX 32

struct state {
	struct xml_guard g;       /* first: the guard's handlers see the state as a guard */
	struct arena *a;
	struct nmap_report *out;
	size_t cap_hosts, cap_ports;
	bool root_seen, in_host, host_up, in_port, port_open;
	struct scan_host host;
	size_t host_ports;        /* index of the first port of the current host */
	struct scan_port port;
};

static const char *attr(const XML_Char **atts, const char *name)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (strcmp(atts[i], name) == 0)
			return atts[i + 1];
	return NULL;
}

static void stop(struct state *s, const char *why)
{
	xml_guard_stop(&s->g, why);
}

static const char *keep(struct state *s, const char *v)
{
	if (!v || !*v)
		return NULL;
	const char *c = arena_strdup(s->a, v);
	if (!c)
		stop(s, "Tom for minne.");
	return c;
}

static void start(void *data, const XML_Char *el, const XML_Char **atts)
{
	struct state *s = data;
	if (!xml_guard_enter(&s->g))
		return;
	if (!s->root_seen) {
		if (strcmp(el, "nmaprun") != 0)
			{ stop(s, "ikke en nmap-rapport (rotelementet er ikke <nmaprun>)"); return; }
		s->root_seen = true;
		s->out->version = keep(s, attr(atts, "version"));
		return;
	}
	if (strcmp(el, "host") == 0 && s->g.depth == 2) {
		s->in_host = true;
		s->host_up = true;        /* nmap lists only hosts that answered, unless told otherwise */
		memset(&s->host, 0, sizeof(s->host));
		s->host_ports = s->out->n_ports;
	} else if (!s->in_host) {
		return;
	} else if (strcmp(el, "status") == 0) {
		const char *st = attr(atts, "state");
		s->host_up = st && strcmp(st, "up") == 0;
	} else if (strcmp(el, "address") == 0) {
		const char *type = attr(atts, "addrtype");
		/* the IP address identifies the host; a MAC address is kept only if there is no other */
		bool mac = type && strcmp(type, "mac") == 0;
		if (!mac || !s->host.addr)
			s->host.addr = keep(s, attr(atts, "addr"));
	} else if (strcmp(el, "hostname") == 0) {
		if (!s->host.name)
			s->host.name = keep(s, attr(atts, "name"));
	} else if (strcmp(el, "port") == 0) {
		const char *id = attr(atts, "portid"), *proto = attr(atts, "protocol");
		char *end;
		long v = id ? strtol(id, &end, 10) : -1;
		if (!id || *end || v < 0 || v > 65535)
			{ stop(s, "et portnummer er ugyldig"); return; }
		if (!proto || (strcmp(proto, "tcp") != 0 && strcmp(proto, "udp") != 0 && strcmp(proto, "sctp") != 0))
			{ stop(s, "en port har ukjent protokoll"); return; }
		s->in_port = true;
		s->port_open = false;
		s->port = (struct scan_port){ .port = (int)v, .proto = keep(s, proto) };
	} else if (s->in_port && strcmp(el, "state") == 0) {
		const char *st = attr(atts, "state");
		s->port_open = st && strcmp(st, "open") == 0;
	} else if (s->in_port && strcmp(el, "service") == 0) {
		s->port.service = keep(s, attr(atts, "name"));
		s->port.product = keep(s, attr(atts, "product"));
		s->port.version = keep(s, attr(atts, "version"));
	}
}

static void end(void *data, const XML_Char *el)
{
	struct state *s = data;
	s->g.depth--;
	if (s->in_port && strcmp(el, "port") == 0) {
		s->in_port = false;
		if (!s->port_open)
			return;
		if (s->out->n_ports >= NMAP_PORTS_MAX)
			{ stop(s, "for mange åpne porter"); return; }
		struct scan_port *p = arena_push(s->a, (void **)&s->out->ports, &s->out->n_ports, &s->cap_ports,
						 sizeof(*p));
		if (!p)
			{ stop(s, "Tom for minne."); return; }
		*p = s->port;
	} else if (s->in_host && strcmp(el, "host") == 0 && s->g.depth == 1) {
		s->in_host = false;
		if (!s->host.addr)
			{ stop(s, "en vert mangler adresse"); return; }
		if (!s->host_up) {           /* nothing was learnt about a host that did not answer */
			s->out->n_ports = s->host_ports;
			return;
		}
		for (size_t i = s->host_ports; i < s->out->n_ports; i++)
			s->out->ports[i].host = s->host.addr;
		if (s->out->n_hosts >= NMAP_HOSTS_MAX)
			{ stop(s, "for mange verter"); return; }
		struct scan_host *h = arena_push(s->a, (void **)&s->out->hosts, &s->out->n_hosts, &s->cap_hosts,
						 sizeof(*h));
		if (!h)
			{ stop(s, "Tom for minne."); return; }
		*h = s->host;
	}
}

int nmap_xml_read(struct arena *a, const char *data, size_t len, const char *origin, struct nmap_report *out,
		  struct err *e)
{
	memset(out, 0, sizeof(*out));
	if (len > NMAP_MAX)
		return err_set(e, "%s: filen er større enn %zu MB.", origin, NMAP_MAX >> 20);
	struct state s = { .a = a, .out = out };
	if (!xml_guard_new(&s.g, DEPTH_MAX))
		return err_set(e, "Tom for minne.");
	XML_SetElementHandler(s.g.p, start, end);
	int rc = xml_guard_parse(&s.g, data, len, origin, e);
	if (rc == 0 && !s.root_seen)
		rc = err_set(e, "%s: ikke en nmap-rapport.", origin);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}
