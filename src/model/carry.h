/* model/carry.h: what a move of a municipality carries, table by table, beside the
 * sections with rules of their own (rounds, actions, ROS registers). Every table of the
 * schema is named here with how it moves: in a section, as records (its rows, column by
 * column), as accounts without their secrets, or not at all (with why). A test lists the
 * tables and columns from the schema itself and fails on one not named here, so a table
 * added later cannot be forgotten by export.
 *
 * Records carry no database keys: a row's own id becomes its position among its table's
 * rows (in the order they were made, which an import keeps; a table without a key is
 * sorted by content), so the same data gives the same file from any database; a
 * reference to another carried row that position, a reference to a system its position in
 * the ROS section, and a reference into the audit trail the position of the entry. */
#ifndef BEREDT_MODEL_CARRY_H
#define BEREDT_MODEL_CARRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum carry_how {
	CARRY_SECTION,       /* in a section of the export with its own rules */
	CARRY_RECORDS,       /* as records, column by column */
	CARRY_NOT,           /* not carried: a secret or the state of one installation */
	CARRY_INSTALLATION,  /* not a municipality's: the catalogs, reference data, the schema */
};

enum carry_kind {
	CK_TEXT,
	CK_DATE,       /* text: YYYY-MM-DD */
	CK_TIME,       /* text: a UTC timestamp, YYYY-MM-DDTHH:MM:SSZ */
	CK_INT,
	CK_KEY,        /* the row's own id: its position */
	CK_SYSTEM,     /* a ros_system id: the system's position in the ROS section */
	CK_REF,        /* the id of a row of table 'ref': that row's position */
	CK_OWNER,      /* as CK_REF, to the row this one belongs to; a row whose owner is not carried
			* is not this tenant's (a membership of an account made elsewhere) and stays */
	CK_AUDIT,      /* an audit sequence number: the position of the entry at or before it */
	CK_OBJECT,     /* a finding's object: "system:ID" and "komponent:ID:..." with the system's position */
	CK_OMIT,       /* a secret: not carried, left to the column's default */
};

struct carry_col {
	const char *name;
	enum carry_kind kind;
	const char *ref;          /* CK_REF, CK_OWNER: the table */
};

struct carry_table {
	const char *name;
	enum carry_how how;
	const char *why;          /* where it goes, or why not */
	const struct carry_col *cols;   /* CARRY_RECORDS: every column but tenant_id */
};

/* Every table of the schema, records in the order they are imported (a table after those
 * it refers to). */
const struct carry_table *carry_tables(size_t *n);
const struct carry_table *carry_table(const char *name);

/* How many columns a records table has. */
size_t carry_n_cols(const struct carry_table *t);

/* Whether a column's values are numbers (positions included). */
bool carry_is_int(enum carry_kind k);

/* One value of a record. */
struct carry_value {
	bool null;
	int64_t i;                /* CK_INT and the positions */
	const char *s;            /* CK_TEXT, CK_OBJECT */
};

/* The records of one table: n rows of the table's columns (CK_OMIT included, always null). */
struct carry_rows {
	const struct carry_table *t;
	size_t n_cols, n;
	struct carry_value *v;    /* row r, column c at v[r * n_cols + c] */
	bool absent;              /* the file had no such table (written before it existed) */
};

struct carry_set {
	struct carry_rows *tables;   /* one per CARRY_RECORDS table, in carry_tables order */
	size_t n;
};

#endif
