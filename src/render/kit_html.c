/* render/kit_html.c: see kit_html.h. */
#include "render/kit_html.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "render/contacts.h"
#include "render/incident.h"
#include "render/html.h"
#include "render/page.h"
#include "util/crypto.h"
#include "util/date.h"

#define I18N_LANG lang

/* Print on A4 with room to write: the contacts first, phone numbers in large type, every
 * table within the page's width, each action card on a page of its own. No web fonts: the
 * machine's own sans-serif. */
static const char style[] =
	"body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;"
	"color:#111;line-height:1.45}h1{font-size:1.6rem}h2{border-bottom:2px solid #1d4f91;margin-top:2rem}"
	"table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #777;padding:.3rem .4rem;"
	"text-align:left;vertical-align:top}th{background:#e8eef7}.card{border:2px solid #1d4f91;padding:0 1rem;"
	"margin:1rem 0}.meta{color:#333;font-size:.9rem}.log td{height:2.2rem}.warn{border-left:4px solid #a30;"
	"padding-left:.6rem}a[href^=\"tel:\"]{font-size:1.2em;font-weight:bold;white-space:nowrap}"
	"@page{size:A4;margin:15mm}@media print{body{max-width:none;margin:0;font-size:10.5pt}"
	"td,th{overflow-wrap:break-word;hyphens:auto}"
	/* the contacts within the page's width, the phone and the hours kept readable */
	".contacts table{table-layout:fixed}.contacts td,.contacts th{overflow-wrap:anywhere}"
	".contacts th:nth-child(1){width:18%}.contacts th:nth-child(2){width:22%}.contacts th:nth-child(3){width:17%}"
	".contacts th:nth-child(4){width:16%}.contacts th:nth-child(5){width:12%}.contacts th:nth-child(6){width:15%}a[href^=\"tel:\"]{color:#000;text-decoration:none;"
	"font-size:1.35em}.card,.page{break-before:page}h2{break-after:avoid}tr{break-inside:avoid}}";

static void head(struct buf *b, enum lang lang, const char *title)
{
	buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'",
		   lang == LANG_EN ? "en" : "nb");
}

static void dt(struct buf *b, const char *label, const char *value)
{
	HTML_LIT(b, "<dt>");
	html_text(b, label);
	HTML_LIT(b, "</dt><dd>");
	html_text(b, value && *value ? value : "–");
	HTML_LIT(b, "</dd>");
}

static void section_md(struct buf *b, const char *title, const char *md)
{
	if (!md || !*md)
		return;
	HTML_LIT(b, "<h4>");
	html_text(b, title);
	HTML_LIT(b, "</h4>");
	html_markdown(b, md);
}

static void cards(struct buf *b, enum lang lang, const struct prep_plan *p)
{
	/* ransomware first: it is the card people reach for */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < p->n_cards; i++) {
			const struct prep_card *c = &p->cards[i];
			if ((strcmp(c->scenario, "losepengevirus") == 0) != (pass == 0))
				continue;
			buf_printf(b, "<section class=\"card\" id=\"kort-%zu\"><h3>", i + 1);
			html_text(b, T("Tiltakskort:"));
			HTML_LIT(b, " ");
			html_text(b, c->title);
			HTML_LIT(b, "</h3>");
			section_md(b, T("Første time"), c->first_hour);
			section_md(b, T("Hvem gjør hva"), c->who);
			section_md(b, T("Varsling: hvem og innen når"), c->notify);
			section_md(b, T("Til de ansatte"), c->staff);
			section_md(b, T("Til innbyggerne"), c->public_text);
			HTML_LIT(b, "</section>");
		}
}

static void contacts(struct buf *b, struct arena *a, enum lang lang, const struct prep_contacts *c)
{
	const struct contacts_opts o = { 0 };       /* on paper: no marks, no forms */
	HTML_LIT(b, "<h2 id=\"kontakter\">");
	html_text(b, T("Kontakter"));
	HTML_LIT(b, "</h2><div class=\"contacts\">");
	contacts_table(b, a, lang, c, &o);
	HTML_LIT(b, "</div>");
}

static const struct ros_vendor *vendor_of(const struct ros_register *r, int64_t id)
{
	for (size_t i = 0; i < r->n_vendors; i++)
		if (r->vendors[i].id == id)
			return &r->vendors[i];
	return NULL;
}

static void registers(struct buf *b, enum lang lang, const struct kit_input *in)
{
	const struct ros_register *r = in->reg;
	HTML_LIT(b, "<h2 id=\"rekkefolge\" class=\"page\">");
	html_text(b, T("Gjenopprettingsrekkefølge"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Fra ROS-registeret: det andre hviler på først, deretter etter hvor kritiske tjenestene over er."));
	HTML_LIT(b, "</p><ol>");
	for (size_t i = 0; i < in->n_order; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, in->order[i].name);
		buf_printf(b, " <span class=\"meta\">(%s %d)</span>", T("kritikalitet"), in->order[i].weight);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ol><h2 id=\"manuelle\">");
	html_text(b, T("Manuelle rutiner for tjenestene"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_services; i++) {
		const struct ros_service *s = &r->services[i];
		HTML_LIT(b, "<h3>");
		html_text(b, s->name);
		buf_printf(b, " <span class=\"meta\">(%s %d)</span></h3>", T("kritikalitet"), s->criticality);
		if (s->fallback && *s->fallback)
			html_markdown(b, s->fallback);
		else {
			HTML_LIT(b, "<p class=\"warn\">");
			html_text(b, T("Ingen manuell rutine er beskrevet."));
			HTML_LIT(b, "</p>");
		}
	}
	HTML_LIT(b, "<h2 id=\"systemer\" class=\"page\">");
	html_text(b, T("Systemer og leverandørenes støttelinjer"));
	HTML_LIT(b, "</h2>");
	{
		const char *const cols[] = { T("System"), T("Leverandør"), T("Støttetelefon"), T("Eier") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < r->n_systems; i++) {
		const struct ros_system *s = &r->systems[i];
		const struct ros_vendor *v = s->vendor_id ? vendor_of(r, s->vendor_id) : NULL;
		HTML_LIT(b, "<tr><td>");
		html_text(b, s->name);
		HTML_LIT(b, "</td><td>");
		html_text(b, v ? v->name : NULL);
		HTML_LIT(b, "</td><td>");
		html_phone(b, v ? v->support_phone : NULL);
		if (v && v->support_247)
			html_text(b, T(" (døgnet)"));
		HTML_LIT(b, "</td><td>");
		html_text(b, s->owner);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

static void paper_log(struct buf *b, enum lang lang)
{
	for (int page = 0; page < 2; page++) {
		HTML_LIT(b, "<section class=\"page\"><h2>");
		html_text(b, T("Hendelseslogg på papir"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, T("Skriv klokkeslett og navn på alt som observeres, besluttes, deles ut og varsles. "
			       "Stryk ikke ut: skriv en rettelse på en ny linje."));
		HTML_LIT(b, "</p><div class=\"log\">");
		incident_log_table(b, NULL, lang, NULL, 0, 18);
		HTML_LIT(b, "</div></section>");
	}
}

/* The audit trail's head as the kit leaves, signed: kept with the kit, it shows later
 * whether the trail was cut back past it (docs/audit.md). */
static void checkpoint(struct buf *b, enum lang lang, const char *text)
{
	if (!text)
		return;
	HTML_LIT(b, "<section class=\"page\"><h2 id=\"sjekkpunkt\">");
	html_text(b, T("Sjekkpunkt for revisjonssporet"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Hodet på revisjonssporet da pakken ble laget, signert med installasjonens nøkkel. Lagre "
		       "teksten som en fil i en tom mappe og kjør «beredt audit verify --checkpoints MAPPE»: da "
		       "ser du om noen har kuttet bort oppføringer siden."));
	HTML_LIT(b, "</p><pre>");
	html_text(b, text);
	HTML_LIT(b, "</pre></section>");
}

int kit_render(struct buf *b, struct arena *a, enum lang lang, const struct kit_input *in, const char **sha256)
{
	const struct prep_plan *p = in->plan;
	size_t start;
	const char *title = arena_printf(a, T("Beredskapspakke for %s"), in->tenant->name);
	head(b, lang, title);
	HTML_LIT(b, "\"><title>");
	html_text(b, title);
	buf_printf(b, "</title><style>%s</style></head><body><main>", style);
	start = b->len;
	HTML_LIT(b, "<h1>");
	html_text(b, title);
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(a, T("Laget %s (UTC) av beredt. Skriv den ut og legg en kopi der den kan nås når "
				       "all IKT er nede."), in->generated_at));
	HTML_LIT(b, "</p><nav><ul><li><a href=\"#kontakter\">");
	html_text(b, T("Kontakter"));
	HTML_LIT(b, "</a></li><li><a href=\"#kort\">");
	html_text(b, T("Tiltakskortene"));
	HTML_LIT(b, "</a></li><li><a href=\"#plan\">");
	html_text(b, T("Beredskapsplanen"));
	HTML_LIT(b, "</a></li><li><a href=\"#rekkefolge\">");
	html_text(b, T("Gjenopprettingsrekkefølge"));
	HTML_LIT(b, "</a></li><li><a href=\"#manuelle\">");
	html_text(b, T("Manuelle rutiner"));
	HTML_LIT(b, "</a></li><li><a href=\"#systemer\">");
	html_text(b, T("Systemer og støttelinjer"));
	HTML_LIT(b, "</a></li></ul></nav>");
	/* the first things wanted on the day, on a phone and on paper: whom to call, what to do */
	contacts(b, a, lang, in->contacts);
	HTML_LIT(b, "<h2 id=\"kort\">");
	html_text(b, T("Tiltakskortene"));
	HTML_LIT(b, "</h2>");
	cards(b, lang, p);
	HTML_LIT(b, "<h2 id=\"plan\" class=\"page\">");
	html_text(b, T("Beredskapsplanen"));
	HTML_LIT(b, "</h2><dl>");
	dt(b, T("Gjennomgått"), date_text(a, p->reviewed_on, NULL));
	HTML_LIT(b, "</dl>");
	section_md(b, T("Når planen aktiveres, og av hvem"), p->activation);
	HTML_LIT(b, "<h3>");
	html_text(b, T("Kriseorganisasjonen"));
	HTML_LIT(b, "</h3>");
	{
		const char *const cols[] = { T("Rolle"), T("Person"), T("Stedfortreder"), T("Telefon") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < p->n_roles; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, p->roles[i].role);
		HTML_LIT(b, "</td><td>");
		html_text(b, p->roles[i].person);
		HTML_LIT(b, "</td><td>");
		html_text(b, p->roles[i].deputy);
		HTML_LIT(b, "</td><td>");
		html_phone(b, p->roles[i].phone);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	registers(b, lang, in);
	paper_log(b, lang);
	checkpoint(b, lang, in->checkpoint);
	if (b->failed)
		return -1;
	unsigned char h[32];
	char *hex = arena_alloc(a, 65);
	if (!hex)
		return -1;
	crypto_sha256(b->data + start, b->len - start, h);
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", h[i]);
	*sha256 = hex;
	HTML_LIT(b, "<p class=\"meta\">");
	html_text(b, arena_printf(a, T("SHA-256 av innholdet: %s"), hex));
	HTML_LIT(b, "</p></main></body></html>\n");
	return b->failed ? -1 : 0;
}

int kit_render_sealed(struct buf *b, struct arena *a, enum lang lang, const struct kit_input *in, const char *sha256,
		      const struct kit_sealed *s)
{
	const char *title = arena_printf(a, T("Beredskapspakke for %s (kryptert)"), in->tenant->name);
	size_t n64 = 4 * ((s->n_ct + 2) / 3) + 1;
	char salt[32], iv[32], *ct = arena_alloc(a, n64);
	if (!ct)
		return -1;
	crypto_base64(s->salt, SEAL_SALT, salt, sizeof(salt));
	crypto_base64(s->iv, SEAL_IV, iv, sizeof(iv));
	crypto_base64(s->ct, s->n_ct, ct, n64);
	head(b, lang, title);
	/* the decrypting script is inline, and so is the kit it writes */
	HTML_LIT(b, "; script-src 'unsafe-inline'\"><title>");
	html_text(b, title);
	buf_printf(b, "</title><style>%s input{font-size:1.1rem;padding:.3rem;width:20rem;max-width:100%%}"
		      "button{font-size:1.1rem;padding:.3rem 1rem;margin-left:.5rem}#msg{font-weight:bold}</style>"
		      "</head><body><main><h1>", style);
	html_text(b, title);
	HTML_LIT(b, "</h1><p class=\"meta\">");
	/* no hash of the plaintext here: it would confirm a guess at what the kit holds */
	html_text(b, arena_printf(a, T("Laget %s (UTC)."), in->generated_at));
	HTML_LIT(b, "</p><p>");
	html_text(b, T("Pakken er kryptert (AES-256-GCM, nøkkel fra passordfrasen med PBKDF2-SHA256). Skriv "
		       "passordfrasen for å åpne den. Alt skjer i nettleseren; ingenting sendes noe sted."));
	HTML_LIT(b, "</p><form id=\"f\"><label for=\"p\">");
	html_text(b, T("Passordfrase"));
	HTML_LIT(b, "</label><br><input id=\"p\" type=\"password\" autocomplete=\"off\" required><button type=\"submit\">");
	html_text(b, T("Åpne"));
	HTML_LIT(b, "</button></form><p id=\"msg\" role=\"alert\" aria-live=\"assertive\"></p></main><script>\n");
	buf_printf(b, "var K={s:\"%s\",i:\"%s\",n:%u,c:\"%s\"};\n", salt, iv, s->iterations, ct);
	buf_printf(b,
		"function b64(x){var s=atob(x),u=new Uint8Array(s.length);for(var i=0;i<s.length;i++)u[i]=s.charCodeAt(i);return u;}\n"
		"document.getElementById('f').addEventListener('submit',function(ev){ev.preventDefault();\n"
		"var m=document.getElementById('msg');\n"
		"if(!window.crypto||!crypto.subtle){m.textContent=%s;return;}\n"
		"m.textContent=%s;\n"
		"var pw=new TextEncoder().encode(document.getElementById('p').value);\n"
		"crypto.subtle.importKey('raw',pw,'PBKDF2',false,['deriveKey']).then(function(k){\n"
		" return crypto.subtle.deriveKey({name:'PBKDF2',salt:b64(K.s),iterations:K.n,hash:'SHA-256'},k,"
		"{name:'AES-GCM',length:256},false,['decrypt']);})\n"
		".then(function(key){return crypto.subtle.decrypt({name:'AES-GCM',iv:b64(K.i)},key,b64(K.c));})\n"
		".then(function(pt){var h=new TextDecoder().decode(pt);document.open();document.write(h);document.close();})\n"
		".catch(function(){m.textContent=%s;});});\n</script></body></html>\n",
		lang == LANG_EN ? "\"This browser cannot decrypt (WebCrypto is missing).\""
				: "\"Denne nettleseren kan ikke dekryptere (WebCrypto mangler).\"",
		lang == LANG_EN ? "\"Opening …\"" : "\"Åpner …\"",
		lang == LANG_EN ? "\"Wrong passphrase, or the file is damaged. Nothing is shown.\""
				: "\"Feil passordfrase, eller filen er skadet. Ingenting er vist.\"");
	return b->failed ? -1 : 0;
}
