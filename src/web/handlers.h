/* handlers.h: the page and API handlers, one group per file (h_*.c). Each answers with
 * one resp_* call; the router has checked access, role and CSRF before. */
#ifndef BEREDT_HANDLERS_H
#define BEREDT_HANDLERS_H

#include "web/req.h"

/* h_auth.c */
void h_root(struct req *r);
void h_login_get(struct req *r);
void h_login_post(struct req *r);
void h_totp_get(struct req *r);
void h_totp_post(struct req *r);
void h_logout(struct req *r);
void h_logout_all(struct req *r);
void h_enroll_get(struct req *r);
void h_enroll_post(struct req *r);
void h_invite_accept(struct req *r);
void h_switch(struct req *r);
void h_coop(struct req *r);
void h_coop_whatif(struct req *r);
void h_coop_member_add(struct req *r);
void h_coop_invite(struct req *r);
void h_coop_invite_csv(struct req *r);

/* h_dashboard.c */
void h_dashboard(struct req *r);
void h_static(struct req *r);

/* h_assess.c */
void h_assess(struct req *r);
void h_assess_start(struct req *r);
void h_assess_close(struct req *r);
void h_assess_oscal(struct req *r);
void h_api_incidents(struct req *r);
void h_api_incident(struct req *r);
void h_api_incident_declare(struct req *r);
void h_api_incident_log(struct req *r);
void h_api_incident_notify(struct req *r);
void h_api_incident_aware(struct req *r);
void h_api_preparedness(struct req *r);
void h_api_finding(struct req *r);
void h_measure_get(struct req *r);
void h_measure_post(struct req *r);

/* h_actions.c */
void h_actions(struct req *r);
void h_action_add(struct req *r);
void h_action_get(struct req *r);
void h_actions_xlsx(struct req *r);
void h_action_post(struct req *r);

/* h_report.c */
void h_report(struct req *r);
void h_report_view(struct req *r);
void h_report_download(struct req *r);

/* h_admin.c */
void h_users(struct req *r);
void h_user_add(struct req *r);
void h_user_disable(struct req *r);
void h_user_enable(struct req *r);
void h_user_reset(struct req *r);
void h_invite_renew(struct req *r);
void h_invite_withdraw(struct req *r);
void h_audit(struct req *r);

/* h_attach.c */
void h_attach_page(struct req *r);
void h_attach_add(struct req *r);
void h_attach_download(struct req *r);
void h_attach_remove(struct req *r);
void h_api_attachments(struct req *r);
void h_api_attach_add(struct req *r);
void h_api_attach_remove(struct req *r);

/* h_profile.c */
void h_profile(struct req *r);
void h_profile_lang(struct req *r);
void h_profile_password(struct req *r);
void h_token_add(struct req *r);
void h_token_revoke(struct req *r);

/* h_ros.c */
void h_ros(struct req *r);
void h_ros_import(struct req *r);
void h_ros_export(struct req *r);
void h_ros_template(struct req *r);
void h_ros_graph(struct req *r);
void h_ros_whatif(struct req *r);
void h_ros_risk(struct req *r);
void h_ros_event_action(struct req *r);
/* h_api_ros.c */
void h_api_ros_record(struct req *r);
void h_api_ros_dependency(struct req *r);
/* h_ros_record.c */
void h_ros_record(struct req *r);
void h_ros_record_save(struct req *r);
void h_ros_record_remove(struct req *r);
void h_ros_dep_add(struct req *r);
void h_ros_dep_remove(struct req *r);

/* h_findings.c */
void h_findings(struct req *r);
void h_prep(struct req *r);
void h_prep_plan_template(struct req *r);
void h_prep_plan_get(struct req *r);
void h_prep_plan_post(struct req *r);
void h_prep_card_get(struct req *r);
void h_prep_card_post(struct req *r);
void h_prep_contact_add(struct req *r);
void h_prep_contact_verify(struct req *r);
void h_prep_exercise_add(struct req *r);
void h_prep_lesson_add(struct req *r);
void h_prep_lesson_action(struct req *r);
void h_prep_insurance(struct req *r);
void h_prep_kit(struct req *r);
void h_prep_vcard(struct req *r);
void h_prep_insurance_add(struct req *r);
void h_prep_competence_add(struct req *r);
void h_prep_competence_action(struct req *r);
void h_incident_declare(struct req *r);
void h_incident_get(struct req *r);
void h_incident_append(struct req *r);
void h_incident_notify(struct req *r);
void h_incident_aware(struct req *r);
void h_incident_export(struct req *r);
void h_incident_breach(struct req *r);
void h_prep_insurance_dossier(struct req *r);
void h_findings_nmap(struct req *r);
void h_finding_assign(struct req *r);
void h_finding_settings(struct req *r);
void h_finding_settings_save(struct req *r);
void h_notify_add(struct req *r);
void h_notify_stop(struct req *r);
void h_posture_list(struct req *r);
void h_posture_get(struct req *r);
void h_posture_post(struct req *r);
void h_api_posture(struct req *r);
void h_api_posture_set(struct req *r);
void h_api_findings(struct req *r);
void h_finding_post(struct req *r);
void h_findings_many(struct req *r);
void h_api_findings_many(struct req *r);

/* h_scales.c */
void h_ros_scales(struct req *r);
void h_ros_scales_save(struct req *r);

/* h_api.c */
void h_api_assessment(struct req *r);
void h_api_answer(struct req *r);
void h_api_actions(struct req *r);
void h_api_action(struct req *r);
void h_api_report(struct req *r);
void h_api_ros(struct req *r);
void h_api_ros_impact(struct req *r);

#endif
