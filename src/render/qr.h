/* qr.h: a QR code as inline SVG (for the two-factor enrolment), drawn from the matrix
 * libqrencode makes. */
#ifndef BEREDT_QR_H
#define BEREDT_QR_H

#include "util/buf.h"

/* Append an SVG of text as a QR code, with 'title' as its accessible name. -1 when the
 * text cannot be encoded. */
int render_qr_svg(struct buf *b, const char *text, const char *title);

#endif
