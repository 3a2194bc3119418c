/* store/ros.h: the ROS registers of one municipality. Entries are identified by name
 * within their register: putting an entry with a name that exists updates it, so
 * importing the same file twice changes nothing. Every change is audited. */
#ifndef BEREDT_STORE_ROS_H
#define BEREDT_STORE_ROS_H

#include <stdbool.h>

#include "db/db.h"
#include "util/err.h"
#include "model/register.h"
#include "model/scales.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Everything, each register in id order; dependencies with the names of both ends. For a
 * member of a cooperation, the cooperation's systems, vendors and the dependencies among
 * them follow its own, marked shared and named "felles:NAME": what depends on them, and
 * what they depend on, is one graph. */
MUST_CHECK int store_ros_load(struct db *db, struct arena *a, int64_t tenant, struct ros_register *out,
		   struct err *e);

/* The tenant's own registers only (what it may change, export and carry); a dependency on
 * a shared system keeps the "felles:NAME" of its end. */
MUST_CHECK int store_ros_load_own(struct db *db, struct arena *a, int64_t tenant, struct ros_register *out,
				  struct err *e);

/* The registers of the cooperation's members (ids, n of them) into out[], each as
 * store_ros_load reads it, own the cooperation's register (store_ros_load_own): in five
 * queries for all of them. A member without rows has an empty register. */
MUST_CHECK int store_ros_load_members(struct db *db, struct arena *a, int64_t coop, const struct ros_register *own,
				      const int64_t *members, size_t n, struct ros_register *out, struct err *e);

/* The cooperation the tenant is a member of now; 0 when none. */
MUST_CHECK int store_ros_coop_of(struct db *db, int64_t tenant, int64_t *coop, struct err *e);

/* Create or update by name (checked first). Sets the id. A system's vendor is given by
 * name (s->vendor) and must exist. */
MUST_CHECK int store_ros_service_put(struct db *db, int64_t tenant, struct ros_service *s,
			  const struct store_stamp *st, struct err *e);
MUST_CHECK int store_ros_system_put(struct db *db, int64_t tenant, struct ros_system *s,
			 const struct store_stamp *st, struct err *e);
MUST_CHECK int store_ros_vendor_put(struct db *db, int64_t tenant, struct ros_vendor *v,
			 const struct store_stamp *st, struct err *e);
MUST_CHECK int store_ros_event_put(struct db *db, int64_t tenant, struct ros_event *v,
			const struct store_stamp *st, struct err *e);

/* Remove one of the tenant's systems, with its own dependencies, security profile and
 * components (scan results keep their rows, unmatched). Refused (ERR_CONFLICT) while
 * anything depends on it, in this tenant or, for a cooperation's system, in any member;
 * *deps then lists each dependant as "KOMMUNENR NAVN: TJENESTE" (arena). */
MUST_CHECK int store_ros_system_remove(struct db *db, struct arena *a, int64_t tenant, const char *name,
				       const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e);

/* Remove one service, system, vendor or unwanted event of the tenant by its name (an
 * event's title): a service with the dependencies it has, a system as above; a vendor is
 * refused while a system has it as vendor or anything depends on it (the same list). */
enum ros_remove { ROS_REMOVE_SERVICE, ROS_REMOVE_SYSTEM, ROS_REMOVE_VENDOR, ROS_REMOVE_EVENT };
MUST_CHECK int store_ros_remove(struct db *db, struct arena *a, int64_t tenant, enum ros_remove kind, const char *name,
				const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e);

/* Which dependency was refused (0-based), at which field, and for one given twice the
 * first copy. */
struct ros_dep_fail {
	size_t row;
	enum ros_dep_field field;
	bool twice;
	size_t first;
};

/* Replace every dependency of the municipality with these (given by kind and name of
 * both ends, kind and alternative group). Refused, with nothing changed, when an end
 * does not exist, a node depends on itself, a kind is unknown or one is given twice;
 * *fail says where (the message does not: the caller knows the file). */
MUST_CHECK int store_ros_deps_replace(struct db *db, int64_t tenant, const struct ros_dependency *deps,
			   size_t n, const struct store_stamp *st, struct ros_dep_fail *fail, struct err *e);

/* Parsed rows of each register, as io/ros_csv or io/ros_json read them (empty where a
 * table was not given; the store fills in their ids); 'deps_given' says whether the
 * dependencies are to be replaced. */
struct ros_import {
	struct ros_register reg;
	bool deps_given;
	const char *names[5];     /* the file each came from, for messages: vendors, systems,
				     services, events, dependencies */
	bool json;                /* the rows are entries of a JSON document, not CSV lines */
	const struct ros_where *where[5];  /* CSV: the line of each row and the columns; NULL */
	const struct ros_scales *scales;   /* the risk scales to store too; NULL: leave them */
};

/* Store an import in one transaction, vendors first (systems name them), then systems,
 * services, events and the dependencies (which refer to all of them). All or nothing;
 * a message names the file and line. */
MUST_CHECK int store_ros_import(struct db *db, int64_t tenant, struct ros_import *im,
		     const struct store_stamp *st, struct err *e);

/* Load the registers and build their dependency graph (all in the arena). */
MUST_CHECK int store_ros_graph(struct db *db, struct arena *a, int64_t tenant, struct ros_register *r,
		    struct ros_graph *g, struct err *e);

#endif
