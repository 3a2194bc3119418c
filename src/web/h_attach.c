/* h_attach.c: attached files (issue 15) in the browser and the API: the page of a target's
 * files and of all of them, adding one (a multipart form, or base64 in JSON), downloading
 * one, removing one. The use case is app/attach.c, the same as the CLI's. A file is only ever
 * served as a download with its checked type, no sniffing and a policy that lets nothing in
 * it run. */
#include <jansson.h>
#include <string.h>

#include "app/attach.h"
#include "io/attach_json.h"
#include "render/attachments.h"
#include "render/html.h"
#include "util/crypto.h"
#include "util/limits.h"
#include "web/api.h"
#include "web/handlers.h"
#include "web/view.h"

/* Content-Disposition for a download: an ASCII name for old clients and the real one as
 * RFC 5987 UTF-8, each byte outside the safe set percent-encoded. */
static const char *disposition(struct arena *a, const char *name)
{
	static const char safe[] = "!#$&+-.^_`|~";
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(name);
	char *ascii = arena_alloc(a, n + 1), *pct = arena_alloc(a, 3 * n + 1);
	if (!ascii || !pct)
		return "attachment";
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			     (c && strchr(safe, c));
		ascii[i] = plain || c == ' ' ? (char)c : '_';
		if (plain) {
			pct[k++] = (char)c;
		} else {
			pct[k++] = '%';
			pct[k++] = hex[c >> 4];
			pct[k++] = hex[c & 15];
		}
	}
	ascii[n] = '\0';
	pct[k] = '\0';
	return arena_printf(a, "attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii, pct);
}

/* GET /vedlegg/N and /api/v1/attachments/N: the file itself. */
void h_attach_download(struct req *r)
{
	struct attachment x;
	const char *data;
	int64_t id;
	if (attach_parse_id(r->param, &id, &r->err) < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	if (attach_get(r->db, r->a, r->user.tenant_id, id, &x, &data, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if (buf_append(&r->out, data, (size_t)x.size) < 0) {
		resp_error(r, 500, T("Filen er for stor til å sendes."));
		return;
	}
	r->status = 200;
	r->content_type = x.content_type;
	r->disposition = disposition(r->a, x.name);
	r->csp = "default-src 'none'; sandbox";
}

/* GET /vedlegg?til=measure:3b: one target's files with the form to add one; without til,
 * every file of the municipality. */
void h_attach_page(struct req *r)
{
	const char *target = req_query(r, "til");
	struct attachment *xs;
	struct attach_target t;
	size_t n;
	struct buf *b = &r->out;
	if (target && attach_target_parse(r->a, target, &t, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	if (store_attach_list(r->db, r->a, r->user.tenant_id, target ? &t : NULL, &xs, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	const char *label = target ? attach_target_label(r->a, r->lang, &t) : NULL;
	struct page_frame p = view_page(r, target ? arena_printf(r->a, T("Vedlegg: %s"), label) : T("Vedlegg"), NULL);
	page_begin(b, &p);
	if (target) {
		struct attach_view v = { .lang = r->lang, .a = r->a, .csrf = p.csrf,
					 .editor = role_allows(r->user.role, ROLE_REDAKTOR),
					 .target = attach_target_text(r->a, &t), .xs = xs, .n = n };
		HTML_LIT(b, "<p>");
		if (t.kind != ATT_FINDING && t.kind != ATT_EXERCISE && t.kind != ATT_INSURANCE) {
			page_link(b, attach_target_href(r->a, &t), label);
			HTML_LIT(b, " · ");
		}
		page_link(b, "/vedlegg", T("Alle vedlegg"));
		HTML_LIT(b, "</p>");
		attach_section(b, &v);
	} else {
		attach_all(b, r->a, r->lang, xs, n);
	}
	page_end(b, &p);
	resp_html(r, 200);
}

/* POST /vedlegg: one file from the form, back to the page it belongs to. */
void h_attach_add(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct attach_file f = { .target = req_field(r, "til"), .note = req_field(r, "merknad") };
	struct attach_target t;
	struct attachment x;
	const char *repl = req_field(r, "erstatter");
	f.data = req_file(r, "fil", &f.len, &f.name);
	if (repl && *repl && attach_parse_id(repl, &f.replaces, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	if (!f.data || !f.len) {
		resp_error(r, 400, T("Velg en fil å legge ved."));
		return;
	}
	if (attach_add(r->db, r->a, r->user.tenant_id, r->today, r->srv->settings->path, &f, &st, &x, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (attach_target_parse(r->a, f.target, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, arena_printf(r->a, f.replaces ? T("V-%lld «%s» er lagt ved og erstatter V-%lld.")
						   : T("V-%lld «%s» er lagt ved."),
				  (long long)x.id, x.name, (long long)f.replaces));
	resp_redirect(r, arena_printf(r->a, "%s#vedlegg-h", attach_target_href(r->a, &t)));
}

/* POST /vedlegg/N/fjern: off its target, with a reason; the file stays in the history. */
void h_attach_remove(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *reason = req_field(r, "grunn");
	struct attachment x;
	int64_t id;
	if (attach_parse_id(r->param, &id, &r->err) < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	if (attach_remove(r->db, r->a, r->user.tenant_id, id, reason, &st, &x, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, arena_printf(r->a, T("V-%lld «%s» er fjernet. Den står i historikken."), (long long)id, x.name));
	resp_redirect(r, arena_printf(r->a, "%s#vedlegg-h", attach_target_href(r->a, &x.target)));
}

/* GET /api/v1/attachments[?target=measure:3b] */
void h_api_attachments(struct req *r)
{
	struct attachment *xs;
	size_t n;
	if (attach_list(r->db, r->a, r->user.tenant_id, req_query(r, "target"), &xs, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	resp_json(r, 200, json_pack("{s:o}", "attachments", attach_json_list(r->a, xs, n)));
}

/* POST /api/v1/attachments {"target": "measure:3b", "name": "...", "content": BASE64,
 * "note": "...", "replaces": 3} */
void h_api_attach_add(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct attach_file f = { 0 };
	struct attachment x;
	const char *b64;
	bool given;
	json_t *j = api_body(r), *rep;
	if (!j)
		return;
	if (api_member(r, j, "target", &f.target, &given) < 0 || api_member(r, j, "name", &f.name, &given) < 0 ||
	    api_member(r, j, "note", &f.note, &given) < 0 || api_member(r, j, "content", &b64, &given) < 0)
		goto out;
	rep = json_object_get(j, "replaces");
	if (rep && !json_is_null(rep)) {
		if (!json_is_integer(rep) || json_integer_value(rep) < 1) {
			resp_error(r, 400, T("«replaces» er nummeret på filen som erstattes, for eksempel 3."));
			goto out;
		}
		f.replaces = json_integer_value(rep);
	}
	if (!f.target || !b64 || !*b64) {
		resp_error(r, 400, T("Oppgi «target» (for eksempel measure:3b) og «content» (filen som base64)."));
		goto out;
	}
	size_t cap = strlen(b64) / 4 * 3 + 3;
	char *data = arena_alloc(r->a, cap > ATTACH_MAX + 3 ? ATTACH_MAX + 3 : cap);
	if (!data || crypto_base64_decode(b64, strlen(b64), (unsigned char *)data, cap > ATTACH_MAX + 3 ? ATTACH_MAX + 3 : cap,
					  &f.len) < 0) {
		resp_error(r, 400, T("«content» er ikke base64, eller filen er større enn 10 MB."));
		goto out;
	}
	f.data = data;
	if (attach_add(r->db, r->a, r->user.tenant_id, r->today, r->srv->settings->path, &f, &st, &x, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	resp_json(r, 201, attach_json(r->a, &x));
out:
	json_decref(j);
}

/* POST /api/v1/attachments/N/remove {"reason": "..."} */
void h_api_attach_remove(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct attachment x;
	const char *reason;
	int64_t id;
	bool given;
	json_t *j = api_body(r);
	if (!j)
		return;
	if (api_member(r, j, "reason", &reason, &given) < 0)
		goto out;
	if (attach_parse_id(r->param, &id, &r->err) < 0) {
		resp_error(r, 404, r->err.msg);
		goto out;
	}
	if (attach_remove(r->db, r->a, r->user.tenant_id, id, reason, &st, &x, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	resp_json(r, 200, attach_json(r->a, &x));
out:
	json_decref(j);
}
