/* io/csv_text.h: what every CSV file from Excel needs before libcsv reads it: the byte
 * order mark dropped, NUL refused, Windows-1252 turned into UTF-8, the separator found,
 * and libcsv's problems in words for people. */
#ifndef BEREDT_IO_CSV_TEXT_H
#define BEREDT_IO_CSV_TEXT_H

#include <stddef.h>

#include "util/arena.h"
#include "util/err.h"

/* The text as UTF-8 without a BOM (*data may move into the arena); an Excel workbook
 * (.xlsx) as the CSV of its first sheet (io/xlsx_read.h); -1 with a message naming origin
 * for a file that is neither. *len must be the file's whole length (NUL bytes included). */
int csv_text_prepare(struct arena *a, const char **data, size_t *len, const char *origin, struct err *e);

/* The separator: the one of ';', ',' and tab that the header line has most of. */
unsigned char csv_text_separator(const char *s, size_t n);

/* A libcsv error code as a bokmål msgid. */
const char *csv_text_problem(int code);

#endif
