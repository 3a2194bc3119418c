/* respond.c: request helpers and answers (see req.h). */
#include <stdio.h>
#include <jansson.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#include "render/html.h"
#include "render/page.h"
#include "web/forms.h"
#include "web/req.h"
#include "web/view.h"

const char *req_field(struct req *r, const char *name)
{
	/* only what the form declares, and so what the router has checked */
	if (r->form_spec && !form_declares(r->form_spec, name)) {
		fprintf(stderr, "beredt: %s reads the field «%s», which its form does not declare (web/forms.c)\n",
			r->path, name);
		return NULL;
	}
	for (int i = 0; r->form && i < r->form->n; i++)
		if (strcmp(r->form->fields[i].key, name) == 0)
			return r->form->fields[i].value.data;
	return NULL;
}

const char *req_file(struct req *r, const char *name, size_t *len, const char **filename)
{
	if (r->form_spec && !form_declares(r->form_spec, name))
		return NULL;
	for (int i = 0; r->form && i < r->form->n; i++)
		if (strcmp(r->form->fields[i].key, name) == 0 && r->form->fields[i].file) {
			*len = r->form->fields[i].value.len;
			*filename = r->form->fields[i].filename;
			return r->form->fields[i].value.data;
		}
	return NULL;
}

const char *req_query(struct req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

struct query_all {
	const char *name;
	const char **out;
	size_t max, n;
};

static enum MHD_Result collect(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct query_all *q = cls;
	(void)kind;
	if (value && strcmp(key, q->name) == 0 && q->n < q->max)
		q->out[q->n++] = value;
	return MHD_YES;
}

size_t req_query_all(struct req *r, const char *name, const char **out, size_t max)
{
	struct query_all q = { .name = name, .out = out, .max = max };
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, collect, &q);
	return q.n;
}

const char *req_header(struct req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

struct store_stamp req_stamp(struct req *r)
{
	struct store_stamp s = { .by = r->logged_in || r->has_session ? r->user.email : "anonym",
				 .at = r->now, .today = r->today, .ip = r->ip };
	return s;
}

void req_flash(struct req *r, const char *msg)
{
	struct err ignored;
	err_init(&ignored, r->lang);
	/* the message is lost if it cannot be kept, not the request: say so in the log */
	if (r->has_session && store_session_flash(r->db, r->sid, msg, &ignored) < 0)
		fprintf(stderr, "beredt: a message for the next page was lost: %s\n", ignored.msg);
}

void resp_redirect(struct req *r, const char *location)
{
	r->status = 303;
	r->location = location;
	r->content_type = "text/plain; charset=utf-8";
	buf_reset(&r->out);
}

void resp_html(struct req *r, int status)
{
	r->status = status;
	r->content_type = "text/html; charset=utf-8";
}

void resp_json(struct req *r, int status, json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(j);
	buf_reset(&r->out);
	if (s) {
		buf_puts(&r->out, s);
		buf_putc(&r->out, '\n');
		free(s);
	}
	r->status = status;
	r->content_type = "application/json; charset=utf-8";
	/* an answer of the API is data, never a page (ASVS 14.4.2) */
	if (!r->disposition)
		r->disposition = "attachment; filename=\"api.json\"";
}

void resp_error(struct req *r, int status, const char *msg)
{
	buf_reset(&r->out);
	if (r->api) {
		resp_json(r, status, json_pack("{s:i, s:s}", "status", status, "error", msg ? msg : ""));
		return;
	}
	struct page_frame p = view_page(r, i18n_tr(r->lang, status == 404 ? "Finnes ikke" : "Noe gikk galt"),
				  NULL);
	page_begin(&r->out, &p);
	HTML_LIT(&r->out, "<p class=\"error\" role=\"alert\">");
	html_text(&r->out, msg);
	HTML_LIT(&r->out, "</p><p>");
	page_link(&r->out, "/", i18n_tr(r->lang, "Til forsiden"));
	HTML_LIT(&r->out, "</p>");
	page_end(&r->out, &p);
	resp_html(r, status);
}

void resp_store_error(struct req *r)
{
	/* the status by the error's kind (util/err.h), never by its text */
	resp_error(r, err_http_status(r->err.kind), r->err.msg);
}

void req_set_session_cookie(struct req *r, const char *sid)
{
	r->cookie = r->srv->tls
		? arena_printf(r->a, "__Host-beredt=%s; Path=/; Secure; HttpOnly; SameSite=Strict", sid)
		: arena_printf(r->a, "beredt=%s; Path=/; HttpOnly; SameSite=Strict", sid);
}

void req_clear_session_cookie(struct req *r)
{
	r->cookie = r->srv->tls
		? "__Host-beredt=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0"
		: "beredt=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
}

void resp_finish(struct req *r)
{
	static const char cut[] = "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
				  "<title>500</title></head><body><h1>500</h1><p>Svaret ble for stort til å "
				  "sendes (The answer became too large to send).</p></body></html>";
	if (!r->out.failed)
		return;
	fprintf(stderr, "beredt: the answer to %s %s passed %zu bytes and was not sent\n", r->method ? r->method : "-",
		r->path ? r->path : "-", r->out.max);
	buf_reset(&r->out);
	buf_puts(&r->out, cut);
	r->status = 500;
	r->content_type = "text/html; charset=utf-8";
	r->disposition = NULL;
	r->location = NULL;
}
