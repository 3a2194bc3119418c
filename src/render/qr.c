/* qr.c: see qr.h. */
#include "render/qr.h"

#include <qrencode.h>

#include "render/html.h"

int render_qr_svg(struct buf *b, const char *text, const char *title)
{
	QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (!q)
		return -1;
	int quiet = 4, size = q->width + 2 * quiet;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
		   "aria-labelledby=\"qr-title\" shape-rendering=\"crispEdges\"><title id=\"qr-title\">",
		   size, size);
	html_text(b, title);
	buf_printf(b, "</title><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"", size,
		   size);
	/* one path of unit squares: bit 0 of each byte is a dark module */
	for (int y = 0; y < q->width; y++)
		for (int x = 0; x < q->width; x++)
			if (q->data[y * q->width + x] & 1)
				buf_printf(b, "M%d %dh1v1h-1z", x + quiet, y + quiet);
	HTML_LIT(b, "\"/></svg>");
	QRcode_free(q);
	return 0;
}
