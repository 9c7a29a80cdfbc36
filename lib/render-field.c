#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "mentor.h"
#include "render.h"

/*
 * The typed fields of the renderers (see render.h): each is its text in
 * the view and in tsv, and its value in JSON.
 */

static void
put_str(struct out *o, const void *v)
{
	json_str(&o->js, v);
}

void
out_str(struct out *o, const char *key, const char *v, unsigned fl)
{
	out_field(o, key, v, fl, put_str, v);
}

static void
put_int(struct out *o, const void *v)
{
	json_int(&o->js, *(const long long *)v);
}

static void
put_null(struct out *o, const void *v)
{
	(void)v;
	json_null(&o->js);
}

void
out_int(struct out *o, const char *key, long long v, unsigned fl)
{
	char	 s[32];

	if (!out_shows(o, fl))
		return;
	snprintf(s, sizeof(s), "%lld", v);
	out_field(o, key, s, fl, put_int, &v);
}

/* An integer, or (present 0) null in JSON and nothing elsewhere. */
void
out_intn(struct out *o, const char *key, long long v, int present,
    unsigned fl)
{
	if (present)
		out_int(o, key, v, fl);
	else
		out_field(o, key, NULL, fl, put_null, NULL);
}

static void
put_date(struct out *o, const void *v)
{
	json_date(&o->js, *(const mdate *)v);
}

void
out_date(struct out *o, const char *key, mdate d, unsigned fl)
{
	char	 s[DATE_STRLEN];

	if (d != DATE_NONE)
		date_format(d, s);
	out_field(o, key, d != DATE_NONE ? s : NULL, fl, put_date, &d);
}

static void
put_bool(struct out *o, const void *v)
{
	json_bool(&o->js, *(const int *)v);
}

void
out_bool(struct out *o, const char *key, int b, unsigned fl)
{
	out_field(o, key, b ? "true" : "false", fl, put_bool, &b);
}

/* n bytes of text (a record's body) as a string. */
void
out_strn(struct out *o, const char *key, const char *v, size_t n,
    unsigned fl)
{
	char	*s = xstrndup(v, n);

	out_str(o, key, s, fl);
	free(s);
}

/* A list of strings: an array in JSON, joined with ',' in tsv and text. */
void
out_strv(struct out *o, const char *key, const char *const *v, size_t n,
    unsigned fl)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if (!out_shows(o, fl))
		return;
	if (o->fmt == FMT_JSON || o->fmt == FMT_JSONL) {
		if (!out_json(o))
			return;
		out_member(o, key, fl);
		json_arr(&o->js);
		for (i = 0; i < n; i++)
			json_str(&o->js, v[i]);
		json_arr_end(&o->js);
		return;
	}
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? "," : "", v[i]);
	out_field(o, key, n > 0 ? b.buf : NULL, fl, put_str, NULL);
	buf_release(&b);
}
