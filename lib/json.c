#include "config.h"

#include <err.h>
#include <stdio.h>
#include <string.h>

#include "mentor.h"

/*
 * A streaming JSON writer.  first[depth] is 1 while the next member at
 * that depth takes no comma: at the start of an object or array, and
 * right after json_key() (the value completes the pair).  Output is
 * compact: no white space at all, json_end() adds the newline.
 */

#define JSON_MAXDEPTH \
	((int)(sizeof(((struct json *)0)->first) / sizeof(int)) - 1)

/* Start writing JSON documents to f. */
void
json_init(struct json *j, FILE *f)
{
	memset(j, 0, sizeof(*j));
	j->f = f;
	j->first[0] = 1;
}

/* Write the comma a new member needs, if it needs one. */
static void
json_sep(struct json *j)
{
	if (!j->first[j->depth])
		putc(',', j->f);
	j->first[j->depth] = 0;
}

static void
json_open(struct json *j, int c)
{
	json_sep(j);
	if (j->depth >= JSON_MAXDEPTH)
		errx(EX_SOFTWARE, "json output nested deeper than %d",
		    JSON_MAXDEPTH);
	putc(c, j->f);
	j->first[++j->depth] = 1;
}

static void
json_close(struct json *j, int c)
{
	if (j->depth == 0)
		errx(EX_SOFTWARE, "json output closes more than it opened");
	putc(c, j->f);
	j->depth--;
}

/* Open an object. */
void
json_obj(struct json *j)
{
	json_open(j, '{');
}

/* Close the innermost object. */
void
json_obj_end(struct json *j)
{
	json_close(j, '}');
}

/* Open an array. */
void
json_arr(struct json *j)
{
	json_open(j, '[');
}

/* Close the innermost array. */
void
json_arr_end(struct json *j)
{
	json_close(j, ']');
}

/* Write a member name (every '-' turned into '_') and its colon. */
void
json_key(struct json *j, const char *name)
{
	const char	*p, *dash;

	json_sep(j);
	putc('"', j->f);
	for (p = name; (dash = strchr(p, '-')) != NULL; p = dash + 1) {
		json_escape(j->f, p, (size_t)(dash - p));
		putc('_', j->f);
	}
	json_escape(j->f, p, strlen(p));
	fputs("\":", j->f);
	j->first[j->depth] = 1;
}

/* Write a member name as it is (a name that is data, such as a skill). */
void
json_key_raw(struct json *j, const char *name)
{
	json_sep(j);
	putc('"', j->f);
	json_escape(j->f, name, strlen(name));
	fputs("\":", j->f);
	j->first[j->depth] = 1;
}

/* Write a string value, or null for NULL. */
void
json_str(struct json *j, const char *s)
{
	json_strn(j, s, s != NULL ? strlen(s) : 0);
}

/* Write n bytes as a string value, or null for NULL. */
void
json_strn(struct json *j, const char *s, size_t n)
{
	if (s == NULL) {
		json_null(j);
		return;
	}
	json_sep(j);
	putc('"', j->f);
	json_escape(j->f, s, n);
	putc('"', j->f);
}

/* Write an integer value. */
void
json_int(struct json *j, long long v)
{
	json_sep(j);
	fprintf(j->f, "%lld", v);
}

/* Write true or false. */
void
json_bool(struct json *j, int v)
{
	json_sep(j);
	fputs(v ? "true" : "false", j->f);
}

/* Write null. */
void
json_null(struct json *j)
{
	json_sep(j);
	fputs("null", j->f);
}

/* Write a date as a "YYYY-MM-DD" string, or null for DATE_NONE. */
void
json_date(struct json *j, mdate d)
{
	char	 s[DATE_STRLEN];

	if (d == DATE_NONE) {
		json_null(j);
		return;
	}
	date_format(d, s);
	json_str(j, s);
}

/* End a document (or a JSON Lines record) with a newline. */
void
json_end(struct json *j)
{
	putc('\n', j->f);
	j->depth = 0;
	j->first[0] = 1;
}

/* Write one byte of valid UTF-8 text, escaped as JSON wants it. */
static void
json_byte(FILE *f, unsigned char c)
{
	switch (c) {
	case '"':
		fputs("\\\"", f);
		break;
	case '\\':
		fputs("\\\\", f);
		break;
	case '\b':
		fputs("\\b", f);
		break;
	case '\f':
		fputs("\\f", f);
		break;
	case '\n':
		fputs("\\n", f);
		break;
	case '\r':
		fputs("\\r", f);
		break;
	case '\t':
		fputs("\\t", f);
		break;
	default:
		if (c < 0x20 || c == 0x7F)
			fprintf(f, "\\u%04x", c);
		else
			putc(c, f);
	}
}

/*
 * Write n bytes as the inside of a JSON string (no quotes around it):
 * quotes, backslashes and control characters escaped, DEL as \u007f,
 * each byte that is not part of valid UTF-8 as \ufffd.
 */
void
json_escape(FILE *f, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, end, bad;

	/* Take the valid UTF-8 in runs: up to the next bad byte, or the end. */
	for (i = 0; i < n; i = end + 1) {
		end = n;
		if (!utf8_valid(s + i, n - i, &bad))
			end = i + bad;
		for (; i < end; i++)
			json_byte(f, p[i]);
		if (end < n)
			fputs("\\ufffd", f);
	}
}
