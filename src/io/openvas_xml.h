/* io/openvas_xml.h: a Greenbone/OpenVAS report (GMP XML, <report><report><results>),
 * read with expat through io/xml_guard.h: per result the host (address and name), port,
 * the test's name and OID, the severity (CVSS) and the CVEs. Results of severity 0 (logs)
 * are left out. Hostile or malformed input is refused as for nmap. */
#ifndef BEREDT_OPENVAS_XML_H
#define BEREDT_OPENVAS_XML_H

#include <stddef.h>

#include "model/posture.h"
#include "util/arena.h"
#include "util/err.h"

#define OPENVAS_MAX ((size_t)128 << 20)
#define OPENVAS_RESULTS_MAX 500000

struct openvas_report {
	struct vuln_result *results;
	size_t n;
	struct scan_host *hosts;      /* every host with a result, once */
	size_t n_hosts;
};

int openvas_xml_read(struct arena *a, const char *data, size_t len, const char *origin, struct openvas_report *out,
		     struct err *e);

#endif
