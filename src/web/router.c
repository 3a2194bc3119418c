/* router.c: see router.h. */
#include "web/router.h"

#include <microhttpd.h>
#include <stdio.h>
#include <string.h>

#include "store/apitoken.h"
#include "store/tenant.h"
#include "store/user.h"
#include "util/limits.h"
#include "web/forms.h"
#include "web/handlers.h"

struct route {
	const char *method;
	const char *pattern;       /* '*' matches one path segment, given as r->param */
	void (*fn)(struct req *);
	enum route_access access;
	enum role role;            /* the least role that may use it */
	size_t body_max;           /* the body it takes: none, a form's, or a file's */
	const struct form_spec *form;   /* a page's POST: its fields (web/forms.h); NULL: JSON or none */
};

#define NO_BODY 0
#define FORM_BODY LIMIT_FORM_BODY
#define FILE_BODY LIMIT_UPLOAD_BODY
#define ATTACH_BODY LIMIT_ATTACH_BODY
#define ATTACH_API_BODY LIMIT_ATTACH_API_BODY

static const struct route routes[] = {
	{ "GET", "/", h_root, ACCESS_PUBLIC, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/static/*", h_static, ACCESS_PUBLIC, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/login", h_login_get, ACCESS_PUBLIC, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/login", h_login_post, ACCESS_PUBLIC, ROLE_LES, FORM_BODY, &form_login },
	{ "GET", "/login/kode", h_totp_get, ACCESS_PENDING, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/login/kode", h_totp_post, ACCESS_PENDING, ROLE_LES, FORM_BODY, &form_code },
	{ "GET", "/enroll", h_enroll_get, ACCESS_PUBLIC, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/enroll", h_enroll_post, ACCESS_PUBLIC, ROLE_LES, FORM_BODY, &form_enroll },
	{ "POST", "/enroll/godta", h_invite_accept, ACCESS_USER, ROLE_LES, FORM_BODY, &form_invite_accept },
	{ "POST", "/bytt", h_switch, ACCESS_USER, ROLE_LES, FORM_BODY, &form_switch },
	{ "GET", "/samarbeid", h_coop, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/samarbeid/hva-hvis", h_coop_whatif, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/samarbeid/medlemmer", h_coop_member_add, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_coop_member },
	{ "POST", "/samarbeid/invitasjoner", h_coop_invite, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_coop_invite },
	{ "POST", "/samarbeid/invitasjoner/csv", h_coop_invite_csv, ACCESS_USER, ROLE_ADMIN, FILE_BODY, &form_coop_people },
	{ "POST", "/logout", h_logout, ACCESS_USER, ROLE_LES, FORM_BODY, &form_empty },
	{ "POST", "/logout-all", h_logout_all, ACCESS_USER, ROLE_LES, FORM_BODY, &form_empty },

	{ "GET", "/oversikt", h_dashboard, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/vurdering", h_assess, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/vurdering/start", h_assess_start, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_assess_start },
	{ "POST", "/vurdering/lukk", h_assess_close, ACCESS_USER, ROLE_LEDER, FORM_BODY, &form_assess_close },
	{ "GET", "/vurdering/oscal", h_assess_oscal, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/vurdering/*", h_measure_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/vurdering/*", h_measure_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_measure },
	{ "GET", "/tiltak", h_actions, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/tiltak", h_action_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_action_add },
	{ "GET", "/tiltak/handlingsplan.xlsx", h_actions_xlsx, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/tiltak/*", h_action_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/tiltak/*", h_action_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_action },
	{ "GET", "/rapport", h_report, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/rapport/vis", h_report_view, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/rapport/last-ned", h_report_download, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros", h_ros, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/ros/import", h_ros_import, ACCESS_USER, ROLE_REDAKTOR, FILE_BODY, &form_ros_import },
	{ "GET", "/ros/post", h_ros_record, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/ros/post", h_ros_record_save, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_ros_record },
	{ "POST", "/ros/post/fjern", h_ros_record_remove, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_ros_record },
	{ "POST", "/ros/avhengighet", h_ros_dep_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_ros_record },
	{ "POST", "/ros/avhengighet/fjern", h_ros_dep_remove, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_ros_record },
	{ "GET", "/ros/eksport/*", h_ros_export, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/mal/*", h_ros_template, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/graf", h_ros_graph, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/hva-hvis", h_ros_whatif, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/risiko", h_ros_risk, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/skalaer", h_ros_scales, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/sikkerhet", h_posture_list, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/ros/sikkerhet/system", h_posture_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/ros/sikkerhet/system", h_posture_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_posture },
	{ "POST", "/funn/nmap", h_findings_nmap, ACCESS_USER, ROLE_REDAKTOR, FILE_BODY, &form_nmap },
	{ "POST", "/funn/utvalg", h_findings_many, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_findings_many },
	{ "GET", "/funn", h_findings, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/beredskap", h_prep, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/plan/mal", h_prep_plan_template, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_empty },
	{ "GET", "/beredskap/plan", h_prep_plan_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/plan", h_prep_plan_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_plan },
	{ "GET", "/beredskap/kort/*", h_prep_card_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/kort/*", h_prep_card_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_card },
	{ "POST", "/beredskap/kontakter", h_prep_contact_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_contact },
	{ "GET", "/beredskap/kontakter.vcf", h_prep_vcard, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/kontakter/*/bekreft", h_prep_contact_verify, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_version },
	{ "POST", "/beredskap/ovelser", h_prep_exercise_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_exercise },
	{ "POST", "/beredskap/ovelser/*/laering", h_prep_lesson_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_lesson },
	{ "POST", "/beredskap/ovelser/*/tiltak/*", h_prep_lesson_action, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_empty },
	{ "GET", "/beredskap/forsikring", h_prep_insurance, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/beredskap/forsikring/dokumentasjon", h_prep_insurance_dossier, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/forsikring", h_prep_insurance_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_insurance },
	{ "POST", "/beredskap/pakke", h_prep_kit, ACCESS_USER, ROLE_LES, FORM_BODY, &form_kit },
	{ "POST", "/beredskap/kompetanse", h_prep_competence_add, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_competence },
	{ "POST", "/beredskap/kompetanse/*/tiltak", h_prep_competence_action, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_empty },
	{ "POST", "/beredskap/hendelser", h_incident_declare, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_incident_declare },
	{ "GET", "/beredskap/hendelser/*", h_incident_get, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/beredskap/hendelser/*", h_incident_append, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_incident_entry },
	{ "POST", "/beredskap/hendelser/*/varsling", h_incident_notify, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_incident_notice },
	{ "POST", "/beredskap/hendelser/*/kjent", h_incident_aware, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_incident_aware },
	{ "GET", "/beredskap/hendelser/*/logg.md", h_incident_export, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/beredskap/hendelser/*/melding", h_incident_breach, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/funn/*/kvitter", h_finding_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_finding_move },
	{ "POST", "/funn/*/start", h_finding_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_finding_move },
	{ "POST", "/funn/*/los", h_finding_post, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_finding_move },
	{ "POST", "/funn/*/aksepter", h_finding_post, ACCESS_USER, ROLE_LEDER, FORM_BODY, &form_finding_move },
	{ "POST", "/funn/*/ansvarlig", h_finding_assign, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_finding_owner },
	{ "GET", "/funn/innstillinger", h_finding_settings, ACCESS_USER, ROLE_LEDER, NO_BODY, NULL },
	{ "POST", "/funn/innstillinger", h_finding_settings_save, ACCESS_USER, ROLE_LEDER, FORM_BODY, &form_check_settings },
	{ "POST", "/funn/mottakere", h_notify_add, ACCESS_USER, ROLE_LEDER, FORM_BODY, &form_receiver_add },
	{ "POST", "/funn/mottakere/*/stopp", h_notify_stop, ACCESS_USER, ROLE_LEDER, FORM_BODY, &form_receiver_stop },
	{ "POST", "/ros/skalaer", h_ros_scales_save, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_scales },
	{ "POST", "/ros/hendelser/*/tiltak", h_ros_event_action, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_event_action },
	{ "GET", "/brukere", h_users, ACCESS_USER, ROLE_ADMIN, NO_BODY, NULL },
	{ "POST", "/brukere", h_user_add, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_user_add },
	{ "POST", "/brukere/invitasjon/ny-lenke", h_invite_renew, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_by_email },
	{ "POST", "/brukere/invitasjon/trekk", h_invite_withdraw, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_by_email },
	{ "POST", "/brukere/deaktiver", h_user_disable, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_by_email },
	{ "POST", "/brukere/aktiver", h_user_enable, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_by_email },
	{ "POST", "/brukere/nullstill", h_user_reset, ACCESS_USER, ROLE_ADMIN, FORM_BODY, &form_by_email },
	{ "GET", "/vedlegg", h_attach_page, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/vedlegg", h_attach_add, ACCESS_USER, ROLE_REDAKTOR, ATTACH_BODY, &form_attach },
	{ "GET", "/vedlegg/*", h_attach_download, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/vedlegg/*/fjern", h_attach_remove, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, &form_attach_remove },
	{ "GET", "/logg", h_audit, ACCESS_USER, ROLE_LEDER, NO_BODY, NULL },
	{ "GET", "/profil", h_profile, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/profil/sprak", h_profile_lang, ACCESS_USER, ROLE_LES, FORM_BODY, &form_lang },
	{ "POST", "/profil/passord", h_profile_password, ACCESS_USER, ROLE_LES, FORM_BODY, &form_password },
	{ "POST", "/profil/nokler", h_token_add, ACCESS_USER, ROLE_LES, FORM_BODY, &form_token_add },
	{ "POST", "/profil/nokler/*/slett", h_token_revoke, ACCESS_USER, ROLE_LES, FORM_BODY, &form_token_revoke },

	{ "GET", "/api/v1/assessment", h_api_assessment, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/api/v1/assessment/oscal", h_assess_oscal, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/assessment/*", h_api_answer, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/actions", h_api_actions, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/actions/*", h_api_action, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/report", h_api_report, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/api/v1/ros", h_api_ros, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/api/v1/ros/impact", h_api_ros_impact, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/api/v1/posture", h_api_posture, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/ros/records/*", h_api_ros_record, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "POST", "/api/v1/ros/dependencies", h_api_ros_dependency, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "POST", "/api/v1/posture", h_api_posture_set, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/findings", h_api_findings, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/findings", h_api_findings_many, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "POST", "/api/v1/findings/*", h_api_finding, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/attachments", h_api_attachments, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/attachments", h_api_attach_add, ACCESS_USER, ROLE_REDAKTOR, ATTACH_API_BODY, NULL },
	{ "GET", "/api/v1/attachments/*", h_attach_download, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/attachments/*/remove", h_api_attach_remove, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/preparedness", h_api_preparedness, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "GET", "/api/v1/incidents", h_api_incidents, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/incidents", h_api_incident_declare, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "GET", "/api/v1/incidents/*", h_api_incident, ACCESS_USER, ROLE_LES, NO_BODY, NULL },
	{ "POST", "/api/v1/incidents/*/log", h_api_incident_log, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "POST", "/api/v1/incidents/*/notify", h_api_incident_notify, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
	{ "POST", "/api/v1/incidents/*/aware", h_api_incident_aware, ACCESS_USER, ROLE_REDAKTOR, FORM_BODY, NULL },
};

/* Match path against pattern; a '*' takes one non-empty segment into *param. */
static bool match(struct req *r, const char *pattern, const char *path, const char **param)
{
	*param = NULL;
	while (*pattern && *path) {
		if (*pattern == '*') {
			size_t n = strcspn(path, "/");
			if (n == 0 || n > VALID_ID_MAX)
				return false;
			*param = arena_strndup(r->a, path, n);
			path += n;
			pattern++;
			continue;
		}
		if (*pattern++ != *path++)
			return false;
	}
	return !*pattern && !*path;
}

/* Who is asking: a Bearer token for the API, else the session cookie. */
static int identify(struct req *r)
{
	if (r->api) {
		const char *auth = req_header(r, "Authorization");
		struct api_token t;
		bool found;
		if (!auth || strncmp(auth, "Bearer ", 7) != 0)
			return 0;
		struct store_stamp s = { .by = "api", .at = r->now, .today = r->today, .ip = r->ip };
		if (store_token_check(r->db, r->a, auth + 7, &s, &t, &found, &r->err) < 0)
			return -1;
		if (!found || store_user_get(r->db, r->a, t.tenant_id, t.user_id, &r->user, &r->err) < 0)
			return 0;
		r->logged_in = r->user.active;
		r->lang = r->user.lang;
		return 0;
	}
	const char *cookie = MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND,
							 r->srv->tls ? "__Host-beredt" : "beredt");
	if (!cookie)
		return 0;
	struct store_stamp s = req_stamp(r);
	if (store_session_get(r->db, r->a, cookie, &s, &r->session, &r->has_session, &r->err) < 0)
		return -1;
	if (!r->has_session)
		return 0;
	r->sid = arena_strdup(r->a, cookie);
	if (store_user_get(r->db, r->a, r->session.tenant_id, r->session.user_id, &r->user, &r->err) < 0) {
		r->has_session = false;
		return 0;
	}
	r->lang = r->user.lang;
	r->err.lang = r->lang;
	r->logged_in = r->session.full;
	return 0;
}

/* A browser's form POST must come from our own pages: the Origin and Sec-Fetch-Site
 * headers, when present, must say so, and a logged-in user's form carries the session's
 * CSRF token. */
static bool same_origin(struct req *r)
{
	const char *origin = req_header(r, "Origin");
	const char *site = req_header(r, "Sec-Fetch-Site");
	if (site && strcmp(site, "same-origin") != 0 && strcmp(site, "none") != 0)
		return false;
	/* Under Referrer-Policy: no-referrer, Chromium sends "Origin: null" even for our own
	 * forms; that says nothing either way, and Sec-Fetch-Site and the CSRF token decide. */
	if (origin && strcmp(origin, "null") != 0 && strcmp(origin, r->srv->origin) != 0)
		return false;
	return true;
}

static bool csrf_ok(struct req *r)
{
	const char *token = req_field(r, "csrf");
	return r->has_session && token && crypto_equal(token, r->session.csrf);
}

/* The route a POST to exactly this path goes to (uploads have no '*'), or NULL. */
/* A refusal by the access control, answered and written to the server's log (ASVS 7.2.2):
 * who, what and from where; the path with anything but printable ASCII shown as '?', so
 * that no request can write a line of its own into the log. */
static void denied(struct req *r, int status, const char *why, const char *msg)
{
	char path[200];
	size_t i = 0;
	for (const char *p = r->path ? r->path : ""; *p && i + 1 < sizeof(path); p++)
		path[i++] = (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f ? *p : '?';
	path[i] = '\0';
	fprintf(stderr, "beredt: access refused (%s): %s %s by %s from %s\n", why, r->method, path,
		r->logged_in ? r->user.email : "-", r->ip ? r->ip : "?");
	resp_error(r, status, msg);
}

static const struct route *post_route(const char *path)
{
	for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++)
		if (strcmp(routes[i].method, "POST") == 0 && strcmp(routes[i].pattern, path) == 0)
			return &routes[i];
	return NULL;
}

bool router_takes_file(const char *path)
{
	const struct route *x = post_route(path);
	return x && x->body_max > FORM_BODY;
}

size_t router_body_max(struct req *r)
{
	const struct route *x = post_route(r->path);
	if (!x || x->body_max <= FORM_BODY)
		return FORM_BODY;
	/* a file only from a logged-in sender with the route's role, known from the head alone */
	return identify(r) == 0 && r->logged_in && role_allows(r->user.role, x->role) ? x->body_max : FORM_BODY;
}

void router_dispatch(struct req *r)
{
	const struct route *hit = NULL;
	bool path_known = false;
	const char *param = NULL;

	for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
		if (!match(r, routes[i].pattern, r->path, &param))
			continue;
		path_known = true;
		if (strcmp(routes[i].method, r->method) == 0) {
			hit = &routes[i];
			r->param = param;
			break;
		}
	}
	if (!hit) {
		if (path_known)
			resp_error(r, 405, i18n_tr(r->lang, "Metoden er ikke tillatt her."));
		else
			resp_error(r, 404, i18n_tr(r->lang, "Siden finnes ikke."));
		return;
	}
	if (identify(r) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	if (hit->access == ACCESS_PENDING && !(r->has_session && !r->session.full)) {
		if (r->api)
			resp_error(r, 401, "");
		else
			resp_redirect(r, "/login");
		return;
	}
	if (hit->access == ACCESS_USER && !r->logged_in) {
		if (r->api)
			denied(r, 401, "token", i18n_tr(r->lang, "Mangler eller ugyldig API-nøkkel."));
		else if (r->post)
			denied(r, 403, "not logged in", i18n_tr(r->lang, "Du er ikke logget inn. Logg inn og prøv igjen."));
		else
			resp_redirect(r, "/login");
		return;
	}
	if (hit->access == ACCESS_USER && !role_allows(r->user.role, hit->role)) {
		denied(r, 403, "role", i18n_tr(r->lang, "Rollen din gir ikke tilgang til dette."));
		return;
	}
	if (r->post && !r->api) {
		if (!same_origin(r)) {
			denied(r, 403, "origin", i18n_tr(r->lang, "Skjemaet kom ikke fra beredt sine egne sider."));
			return;
		}
		if (hit->access != ACCESS_PUBLIC && !csrf_ok(r)) {
			denied(r, 403, "csrf", i18n_tr(r->lang, "Skjemaet mangler eller har feil CSRF-kode. "
						     "Last siden på nytt og prøv igjen."));
			return;
		}
	}
	if (r->post && !r->api && hit->form) {
		/* the form checked against its fields before the handler sees any of it */
		r->form_spec = hit->form;
		for (int i = 0; r->form && i < r->form->n; i++) {
			const struct req_form_field *x = &r->form->fields[i];
			if (x->binary && !form_takes_binary(hit->form, x->key)) {
				err_set(&r->err, "Feltet «%s» inneholder NUL-tegn; det er ikke tekst.", x->key);
				resp_error(r, 400, r->err.msg);
				return;
			}
			if (form_check_value(hit->form, x->key, x->value.data ? x->value.data : "", &r->err) < 0) {
				resp_error(r, 400, r->err.msg);
				return;
			}
		}
	}
	if (r->logged_in) {
		struct tenant t;
		if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
			resp_error(r, 500, r->err.msg);
			return;
		}
		r->tenant_name = t.name;
		r->tenant_code = t.kommunenr;
		r->tenant_cooperation = t.cooperation;
	}
	hit->fn(r);
}
