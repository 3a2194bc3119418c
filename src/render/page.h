/* page.h: the frame around every page (head, navigation, message, footer) and the form
 * controls, all through the escaping writer. Labels are tied to their controls, hints
 * and errors to theirs (aria-describedby), and every page has one h1. */
#ifndef BEREDT_PAGE_H
#define BEREDT_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/user.h"
#include "util/buf.h"
#include "util/i18n.h"

struct page_frame {
	enum lang lang;
	const char *title;        /* already translated */
	const char *active;       /* the navigation item to mark: "oversikt", "vurdering", ... */
	bool logged_in;
	const char *user;         /* name or e-mail */
	enum role role;
	const char *tenant;       /* municipality name */
	const char *tenant_code;  /* its public code, the one selected in the switcher */
	bool cooperation;         /* the active tenant is an IT cooperation: its pages in the menu */
	const struct membership *tenants;   /* the account's tenants; a switcher when more than one */
	size_t n_tenants;
	const char *csrf;         /* the session's token, for every form */
	const char *flash;        /* a message shown once */
	const char *error;        /* a message about the form on this page */
	int incident;             /* an active incident's number (0: none), shown on every page */
	const char *incident_title;
};

void page_begin(struct buf *b, const struct page_frame *p);
void page_end(struct buf *b, const struct page_frame *p);

/* <form method="post" action="..."> with the CSRF token inside. */
void page_form(struct buf *b, const struct page_frame *p, const char *action);
/* The same for a form that uploads files (multipart), with the session's token csrf. */
void page_form_file(struct buf *b, const char *csrf, const char *action);
void page_form_end(struct buf *b);

/* A labelled input. type: "text", "email", "password", "date", "number"; hint may be NULL. */
void page_input(struct buf *b, const char *id, const char *label, const char *type,
		const char *value, bool required, const char *hint, const char *autocomplete);
void page_textarea(struct buf *b, const char *id, const char *label, const char *value,
		   int rows, const char *hint);
/* A select from code/label pairs (labels already translated); n pairs. */
void page_select(struct buf *b, const char *id, const char *label, const char *const *codes,
		 const char *const *labels, int n, const char *selected);
void page_hidden(struct buf *b, const char *name, const char *value);
/* A list of n links (<ul>), each href with its label, both escaped. */
void page_link_list(struct buf *b, const char *const *hrefs, const char *const *labels, size_t n);
/* A section's heading, <h2>, its text escaped. */
void page_h2(struct buf *b, const char *text);
void page_button(struct buf *b, const char *label, const char *name, const char *value,
		 bool secondary);

/* <table><thead> with one column header per label (already translated), then <tbody>.
 * Close with page_table_end. */
void page_thead(struct buf *b, const char *const *labels, int n);
void page_table_end(struct buf *b);

/* A link button and a plain link. */
void page_link(struct buf *b, const char *href, const char *text);

/* A status badge with its text (colour is never the only cue). */
void page_badge(struct buf *b, const char *kind, const char *text);

/* The compiled-in style sheet. */
const char *page_stylesheet(size_t *len);

#endif
