/* audit.c: see audit.h. */
#include "model/audit.h"

#include <inttypes.h>
#include <string.h>

static void field(struct buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	buf_printf(b, "%zu:", s ? n : (size_t)0);
	if (!s) {
		buf_puts(b, "-;");      /* NULL differs from "" */
		return;
	}
	buf_append(b, s, n);
	buf_putc(b, ';');
}

void audit_serialise(const struct audit_entry *a, struct buf *b)
{
	buf_printf(b, "beredt-audit/1;%" PRId64 ";%" PRId64 ";", a->seq, a->tenant_id);
	field(b, a->prev_hash);
	field(b, a->at);
	field(b, a->actor);
	field(b, a->action);
	field(b, a->object);
	field(b, a->old_value);
	field(b, a->new_value);
	field(b, a->ip);
}
