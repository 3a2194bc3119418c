/* Unit tests: the escaping HTML writer, safe Markdown, and the placeholder rewrite of
 * the PostgreSQL driver. */
#include "test.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "render/html.h"

static void escapes_everything(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 0);
	html_text(&b, "<script>alert('x')</script> & \"q\"");
	assert_string_equal(b.data, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
	buf_reset(&b);
	html_attr(&b, "\" onmouseover=\"x");
	assert_null(strchr(b.data, '"'));
	buf_release(&b);
}

static void markdown_is_safe(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 0);
	html_markdown(&b, "**fet** <img src=x onerror=alert(1)> [klikk](javascript:alert(1))");
	assert_non_null(strstr(b.data, "<strong>fet</strong>"));
	assert_null(strstr(b.data, "<img"));
	assert_null(strstr(b.data, "javascript:"));
	buf_release(&b);
}

static void buffer_ceiling(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 8);
	assert_int_equal(buf_puts(&b, "12345678"), 0);
	assert_int_equal(buf_puts(&b, "9"), -1);
	assert_true(b.failed);
	assert_int_equal(b.len, 8);
	buf_release(&b);
}

static const char *phone(struct buf *b, const char *s)
{
	buf_reset(b);
	html_phone(b, s);
	buf_putc(b, '\0');
	return b->data;
}

/* a number is a link a phone dials; anything else stays text, escaped */
static void phones_are_tel_links(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 0);
	assert_string_equal(phone(&b, "900 11 001"), "<a href=\"tel:90011001\">900 11 001</a>");
	assert_string_equal(phone(&b, "+47 22 00-00.00"), "<a href=\"tel:+4722000000\">+47 22 00-00.00</a>");
	assert_string_equal(phone(&b, "(+47) 22 00 00 00"), "<a href=\"tel:+4722000000\">(+47) 22 00 00 00</a>");
	assert_string_equal(phone(&b, "22 + 33"), "22 + 33");   /* a '+' inside is not a number */
	assert_string_equal(phone(&b, "113"), "<a href=\"tel:113\">113</a>");
	assert_string_equal(phone(&b, "12"), "12");
	assert_string_equal(phone(&b, "Sambandsradio 4"), "Sambandsradio 4");
	assert_string_equal(phone(&b, "<b>1234</b>"), "&lt;b&gt;1234&lt;/b&gt;");
	buf_release(&b);
}

static void placeholders(void **state)
{
	(void)state;
	int n;
	char *s = db_rewrite_placeholders("SELECT a FROM t WHERE x = ? AND y = '?' AND z = ?", &n);
	assert_string_equal(s, "SELECT a FROM t WHERE x = $1 AND y = '?' AND z = $2");
	assert_int_equal(n, 2);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escapes_everything),
		cmocka_unit_test(markdown_is_safe),
		cmocka_unit_test(buffer_ceiling),
		cmocka_unit_test(placeholders),
		cmocka_unit_test(phones_are_tel_links),
	};
	return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
