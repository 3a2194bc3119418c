/* io/nmap_xml.h: an nmap scan report (nmap -oX) read with expat: the hosts that were up,
 * their address and name, and the ports nmap found open, with the service it guessed.
 * Hostile input is refused, not half-read: entity declarations (the "billion laughs"),
 * files over NMAP_MAX bytes, nesting over 32 levels, more than NMAP_HOSTS_MAX hosts or
 * NMAP_PORTS_MAX ports, and anything that is not an <nmaprun> report. */
#ifndef BEREDT_NMAP_XML_H
#define BEREDT_NMAP_XML_H

#include <stddef.h>

#include "model/posture.h"
#include "util/arena.h"
#include "util/err.h"

#define NMAP_MAX ((size_t)64 << 20)
#define NMAP_HOSTS_MAX 100000
#define NMAP_PORTS_MAX 1000000

struct nmap_report {
	struct scan_host *hosts;
	size_t n_hosts;
	struct scan_port *ports;
	size_t n_ports;
	const char *version;      /* nmap's version, for the audit trail */
};

/* Parse a report (arena). -1 with a message naming the line. */
int nmap_xml_read(struct arena *a, const char *data, size_t len, const char *origin, struct nmap_report *out,
		  struct err *e);

#endif
