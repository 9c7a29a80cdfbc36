/*
 * mentor-config: the settings of a journal, mentor.yaml.
 */
#include "config.h"

#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"

static int cmd_get(const struct sub *, struct journal *, int, char **);
static int cmd_set(const struct sub *, struct journal *, int, char **);

static const struct sub subs[] = {
	{ "get", cmd_get, 0, 0, "get key [-f text|json]",
	  "print the value a setting has: the file's, or its default",
	  "a key", 1, 1 },
	{ "set", cmd_set, SUB_WRITES, 0, "set key value...",
	  "change a setting, checked as mentor-check checks it",
	  "a key and its value", 2, -1 },
	{ "unset", cmd_set, SUB_WRITES, 0, "unset key",
	  "remove a setting: its default applies", "a key", 1, 1 },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optdef opts[] = {
	{ 0, NULL, NULL, 0, NULL }
};

static struct opts	 o;

/* The field of mentor.yaml called key; an unknown key is exit 64. */
static const struct field *
config_field(const char *key)
{
	const struct field	*f;
	struct buf		 b = BUF_INIT;

	if ((f = schema_field(SCHEMA_CONFIG, key)) != NULL)
		return f;
	for (f = schema_fields(SCHEMA_CONFIG); f->key != NULL; f++)
		buf_addf(&b, "%s%s", b.len ? ", " : "", f->key);
	errx(EX_USAGE, "unknown key '%s' (one of: %s)", key, b.buf);
}

/*
 * Print a value: in text a line (NUL-terminated with -0), items a line
 * each; in JSON a string, a boolean or an array of strings (null when
 * there is none).  Returns 0, or 1 for no value.
 */
static int
put(const char *v, int boolean, char **items, size_t n, int list, int fmt)
{
	struct json	 js;
	size_t		 i;
	int		 none = list ? n == 0 : v == NULL;

	if (o.quiet)
		return none ? EX_PROBLEM : 0;
	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		if (list) {
			json_arr(&js);
			for (i = 0; i < n; i++)
				json_str(&js, items[i]);
			json_arr_end(&js);
		} else if (v == NULL)
			json_null(&js);
		else if (boolean)
			json_bool(&js, strcmp(v, "true") == 0);
		else
			json_str(&js, v);
		json_end(&js);
	} else if (list) {
		for (i = 0; i < n; i++)
			path_put(stdout, items[i], o.nul);
	} else if (v != NULL)
		path_put(stdout, v, o.nul);
	return none ? EX_PROBLEM : 0;
}

/*
 * `get KEY`: the value the programs use, as the journal's settings read
 * it (model.c): mentor.yaml's, else the default; needs a line an item.
 * A key with neither (owner, role, cadence, needs empty) prints nothing
 * and is 1.  A mentor.yaml with problems is reported as every reader
 * reports it.
 */
static int
cmd_get(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday" };
	const struct field	*f = config_field(argv[0]);
	const struct settings	*set = &j->set;
	const char		*v = NULL;
	char			*path;
	int			 fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	(void)sub;
	(void)argc;
	if (fmt != FMT_TEXT && fmt != FMT_JSON)
		errx(EX_USAGE, "get prints text or json, not %s",
		    fmt_name(fmt));
	path = journal_path(j, "mentor.yaml");
	if (j->settings_rc != 0) {
		diag(path, j->settings_err.line, j->settings_err.col, "%s",
		    j->settings_err.msg);
		free(path);
		return j->settings_rc;
	}
	vctx_warn(j->settings_cx, path);
	free(path);
	if (strcmp(f->key, "needs") == 0)
		return put(NULL, 0, set->needs, set->nneeds, 1, fmt);
	if (strcmp(f->key, "owner") == 0)
		v = set->owner;
	else if (strcmp(f->key, "role") == 0)
		v = set->role;
	else if (strcmp(f->key, "cadence") == 0)
		v = set->cadence;
	else if (strcmp(f->key, "week-start") == 0)
		v = days[set->week_start];
	else if (strcmp(f->key, "shared") == 0)
		v = set->shared ? "true" : "false";
	else if (strcmp(f->key, "autocommit") == 0)
		v = set->autocommit ? "true" : "false";
	return put(v, f->type == F_BOOL, NULL, 0, 0, fmt);
}

/* One change to mentor.yaml: key set to vals (a list: aslist), or unset. */
struct change {
	const char	*key;
	char		**vals;
	size_t		 nvals;
	int		 aslist;
	int		 unset;
};

/*
 * Make the change, surgically, then check the whole result as
 * mentor-check does (model_settings): a result with an error is not
 * written, whatever the error, and each problem is told.
 */
static int
change_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	const struct change	*c = ctx;
	struct doc		 d, nd;
	struct settings		 tmp;
	struct vctx		 cx;
	int			 enabled[C_NCHECKS];
	size_t			 i, errors = 0;
	int			 rc;

	if ((rc = doc_reparse(&d, path, data, len, 1)) != 0)
		return rc;
	rc = c->unset ? edit_unset(&d, c->key, out) : edit_set(&d, c->key,
	    (const char *const *)c->vals, c->nvals, c->aslist, out);
	doc_free(&d);
	if (rc != 0)
		return rc;
	if ((rc = doc_reparse(&nd, path, xstrndup(out->buf, out->len),
	    out->len, 1)) != 0)
		return rc;
	memset(&cx, 0, sizeof(cx));
	memset(&tmp, 0, sizeof(tmp));
	for (i = 0; i < C_NCHECKS; i++)
		enabled[i] = 1;
	cx.enabled = enabled;
	model_settings(&nd, &tmp, &cx);
	vctx_sort(&cx);
	for (i = 0; i < cx.n; i++) {
		diag(path, cx.v[i].line, cx.v[i].col, "%s: %s [%s]",
		    cx.v[i].sev == SEV_ERROR ? "error" : "warning",
		    cx.v[i].msg, checks[cx.v[i].check].name);
		errors += cx.v[i].sev == SEV_ERROR;
	}
	if (errors > 0) {
		warnx("%s would not check: nothing written", path);
		rc = EX_DATAERR;
	}
	vctx_release(&cx);
	settings_release(&tmp);
	doc_free(&nd);
	return rc;
}

/* Add the comma-separated items of v to the change's list. */
static void
add_items(struct change *c, const char *v)
{
	const char	*p, *q, *e;

	for (p = v;; p = q + 1) {
		q = strchr(p, ',');
		e = q != NULL ? q : p + strlen(p);
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e > p)
			strv_push(&c->vals, &c->nvals, xstrndup(p, (size_t)(e -
			    p)));
		if (q == NULL)
			break;
	}
}

/*
 * `set KEY VALUE...` and `unset KEY`: one surgical, atomic, locked change
 * to mentor.yaml (file_update), checked first as every set checks a value
 * (schema.c), and then as a whole.  needs takes items, each argument
 * comma-separated; the other keys one value.  Prints the file's path.
 */
static int
cmd_set(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	const struct field	*f = config_field(argv[0]);
	struct change		 c;
	struct buf		 msg = BUF_INIT;
	char			*path;
	int			 i, b, rc;

	/* A mentor.yaml that does not read was reported: mend it by hand. */
	if (j->settings_rc != 0)
		return j->settings_rc;
	memset(&c, 0, sizeof(c));
	c.key = f->key;
	c.unset = strcmp(sub->name, "unset") == 0;
	if (!c.unset && f->type == F_LIST) {
		for (i = 1; i < argc; i++)
			add_items(&c, argv[i]);
		c.aslist = 1;
	} else if (!c.unset) {
		if (argc > 2)
			usage_error(sub->name, "'%s' takes one value", f->key);
		strv_push(&c.vals, &c.nvals, xstrdup(argv[1]));
	}
	for (i = 0; (size_t)i < c.nvals; i++) {
		if (strpbrk(c.vals[i], "\r\n") != NULL ||
		    !utf8_valid(c.vals[i], strlen(c.vals[i]), NULL))
			errx(EX_USAGE, "%s: a value is one line of UTF-8 text",
			    f->key);
		if (f->type != F_LIST && schema_value(f, c.vals[i], &msg) !=
		    VP_OK)
			errx(EX_USAGE, "%s", msg.buf);
	}
	if (!c.unset && c.nvals == 0)
		errx(EX_USAGE, "%s: no value given", f->key);
	if (f->type == F_BOOL && !c.unset) {
		/* Written as YAML reads a boolean. */
		(void)parse_bool(c.vals[0], &b);
		free(c.vals[0]);
		c.vals[0] = xstrdup(b ? "true" : "false");
		c.aslist = EDIT_PLAIN;
		/* Turning autocommit on: the change is its first commit. */
		if (b && strcmp(f->key, "autocommit") == 0 &&
		    !j->set.autocommit) {
			j->set.autocommit = 1;
			commit_setup(j, sub->name);
		}
	}
	path = journal_path(j, "mentor.yaml");
	rc = file_update(j, "mentor.yaml", change_cb, &c);
	if (rc == 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	free(path);
	strv_free(c.vals, c.nvals);
	buf_release(&msg);
	return rc;
}

/* No options of its own. */
static unsigned
option(int c, const char *arg)
{
	(void)c;
	(void)arg;
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct program prog = {
		"The settings of a mentor journal (mentor.yaml): owner, role, "
		"cadence, week-start, needs, shared, autocommit.",
		subs, NSUBS, opts, option, NULL
	};

	return prog_main(&prog, &o, argc, argv);
}
