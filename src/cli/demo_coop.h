/* cli/demo_coop.h: the demo cooperation IKT Fjell (beredt demo --coop). */
#ifndef BEREDT_CLI_DEMO_COOP_H
#define BEREDT_CLI_DEMO_COOP_H

#include "cli/cli.h"
#include "model/tenant.h"
#include "store/stamp.h"

#define DEMO_COOP "ikt-fjell"

/* Within the caller's transaction: the cooperation IKT Fjell with its shared register (AD,
 * virtualisation, network, backup, the EPJ and payroll), four small member municipalities
 * with their own services and systems resting on it, Granheim (already loaded) as the
 * fifth member with a few dependencies on the shared systems, and two accounts with
 * memberships in several of them (invited, not yet enrolled). */
int demo_coop_load(struct cli *cli, const struct tenant *granheim, const struct store_stamp *s);

#endif
