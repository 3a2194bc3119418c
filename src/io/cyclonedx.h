/* io/cyclonedx.h: the components of a CycloneDX SBOM (JSON, spec 1.2 to 1.6): name,
 * version, the group or supplier that makes it, and the package URL. Nested components
 * are flattened. A document of the wrong shape is refused with a message naming where. */
#ifndef BEREDT_CYCLONEDX_H
#define BEREDT_CYCLONEDX_H

#include <stddef.h>

#include "model/posture.h"
#include "util/arena.h"
#include "util/err.h"

#define SBOM_MAX ((size_t)64 << 20)
#define SBOM_COMPONENTS_MAX 200000

int cyclonedx_read(struct arena *a, const char *data, size_t len, const char *origin, struct sbom_component **out,
		   size_t *n, struct err *e);

#endif
