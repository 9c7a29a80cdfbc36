/*
 * mentor-check: validate the records of a journal against DESIGN.md §2.
 */
#include "config.h"

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <err.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mentor.h"

enum sev { SEV_ERROR, SEV_WARNING };

enum check {
	C_SYNTAX, C_CONFIG, C_REQUIRED, C_TYPES, C_ENUMS, C_DATES, C_CADENCE,
	C_DURATION, C_RATINGS, C_REFS, C_MENTIONS, C_TASKS, C_MILESTONES,
	C_LOGNAMES, C_UNIQUE, C_LOCKS, C_UNKNOWN, C_FILENAMES, C_NCHECKS
};

static const struct {
	const char	*name;
	enum sev	 sev;
	const char	*what;
} checks[C_NCHECKS] = {
	{ "syntax", SEV_ERROR, "the record can be read: front matter, YAML, "
	    "UTF-8, size" },
	{ "config", SEV_ERROR, "mentor.yaml has the right keys and values" },
	{ "required", SEV_ERROR, "people have a name, goals a title, "
	    "entries a date" },
	{ "types", SEV_ERROR, "every known field has the right shape" },
	{ "enums", SEV_ERROR, "role, relationship, status, term, kind and "
	    "channel take known values" },
	{ "dates", SEV_ERROR, "date fields are real YYYY-MM-DD days" },
	{ "cadence", SEV_ERROR, "cadences read as weekly, monthly, every N "
	    "days..." },
	{ "duration", SEV_ERROR, "durations read as 45m, 1h, 1h30m or "
	    "minutes" },
	{ "ratings", SEV_ERROR, "ratings are whole numbers from 1 to 5" },
	{ "refs", SEV_ERROR, "with, mentor and goals name existing records" },
	{ "mentions", SEV_WARNING, "@ids in task items name people" },
	{ "tasks", SEV_ERROR, "due: and done: tokens are real dates; done: "
	    "only on done items" },
	{ "milestones", SEV_ERROR, "no milestone is due before its goal was "
	    "created" },
	{ "log-names", SEV_WARNING, "an entry's date: agrees with its file "
	    "name and year folder" },
	{ "unique-ids", SEV_ERROR, "no entry id is used in two year folders" },
	{ "locks", SEV_WARNING, "no stale .lock file is left by an "
	    "interrupted writer" },
	{ "unknown-keys", SEV_WARNING, "every key is one the tools know "
	    "(--strict only)" },
	{ "file-names", SEV_WARNING, "record file names are slugs" },
};

static const int problem_check[] = {
	[VP_DATE] = C_DATES, [VP_ENUM] = C_ENUMS, [VP_CADENCE] = C_CADENCE,
	[VP_DURATION] = C_DURATION, [VP_BOOL] = C_TYPES, [VP_WEEKDAY] = C_CONFIG
};

struct diagnostic {
	unsigned	 line, col;
	enum check	 check;
	enum sev	 sev;
	char		*msg;
};

static int		 strictflag;
static int		 enabled[C_NCHECKS];
static struct opts	 o;
static int		 fmt;
static int		 color;
static struct json	 js;
static unsigned long	 nerrors, nwarnings, nrecords;
static int		 parse_failed;
static mdate		 today;

/* The diagnostics of the record being checked, sorted before printing. */
static struct diagnostic *dv;
static size_t		 ndv, adv;

static void MENTOR_NORETURN
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: mentor-check [-0hq] [--strict] [--list-checks] "
	    "[--check name,...]\n"
	    "                    [-C dir] [-f format] [record ... | -]\n");
	exit(status ? EX_USAGE : out_close(0));
}

static void
report(unsigned line, unsigned col, enum check c, const char *fmtstr, ...)
    MENTOR_PRINTF(4, 5);

/* Note a problem found by check c at line:col of the current record. */
static void
report(unsigned line, unsigned col, enum check c, const char *fmtstr, ...)
{
	va_list			 ap;
	struct buf		 b = BUF_INIT;

	if (!enabled[c])
		return;
	va_start(ap, fmtstr);
	buf_vaddf(&b, fmtstr, ap);
	va_end(ap);
	if (ndv == adv) {
		adv = adv ? adv * 2 : 16;
		dv = xreallocarray(dv, adv, sizeof(*dv));
	}
	dv[ndv].line = line;
	dv[ndv].col = col;
	dv[ndv].check = c;
	dv[ndv].sev = checks[c].sev;
	dv[ndv].msg = buf_detach(&b, NULL);
	ndv++;
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diagnostic	*x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return (int)x->check - (int)y->check;
}

/* Print and forget the diagnostics gathered for one file. */
static void
flush_diags(const char *path)
{
	char		 l[24], c[24];
	const char	*sev, *cells[6];
	size_t		 i;

	if (ndv > 1)
		qsort(dv, ndv, sizeof(*dv), diag_cmp);
	if (fmt == FMT_PATHS && ndv > 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	for (i = 0; i < ndv; i++) {
		sev = dv[i].sev == SEV_ERROR ? "error" : "warning";
		if (dv[i].sev == SEV_ERROR)
			nerrors++;
		else
			nwarnings++;
		if (o.quiet || fmt == FMT_PATHS)
			goto next;
		snprintf(l, sizeof(l), "%u", dv[i].line);
		snprintf(c, sizeof(c), "%u", dv[i].col);
		switch (fmt) {
		case FMT_TSV:
			cells[0] = path;
			cells[1] = l;
			cells[2] = c;
			cells[3] = sev;
			cells[4] = checks[dv[i].check].name;
			cells[5] = dv[i].msg;
			tsv_row(stdout, cells, 6);
			break;
		case FMT_JSON:
		case FMT_JSONL:
			json_obj(&js);
			json_key(&js, "path");
			json_str(&js, path);
			json_key(&js, "line");
			json_int(&js, dv[i].line);
			json_key(&js, "col");
			json_int(&js, dv[i].col);
			json_key(&js, "severity");
			json_str(&js, sev);
			json_key(&js, "check");
			json_str(&js, checks[dv[i].check].name);
			json_key(&js, "message");
			json_str(&js, dv[i].msg);
			json_obj_end(&js);
			if (fmt == FMT_JSONL)
				json_end(&js);
			break;
		default:
			printf("%s:%u:%u: %s%s%s: %s [%s]\n", path,
			    dv[i].line, dv[i].col,
			    color ? (dv[i].sev == SEV_ERROR ? "\033[1;31m" :
			    "\033[1;33m") : "", sev, color ? "\033[0m" : "",
			    dv[i].msg, checks[dv[i].check].name);
		}
next:
		free(dv[i].msg);
	}
	ndv = 0;
}

static const char *
shape(const struct ynode *n)
{
	if (n->type == Y_MAP)
		return "a mapping";
	if (n->type == Y_SEQ)
		return "a list";
	return "a single value";
}

/* Check a reference to a record of type t. */
static void
check_ref(struct journal *j, const struct ynode *n, enum rtype t,
    const char *key)
{
	const char	*near;

	if (n->type != Y_SCALAR || ynode_null(n))
		return;
	if (journal_find_id(j, t, n->str) != NULL)
		return;
	if ((near = journal_near(j, t, n->str)) != NULL)
		report(n->line, n->col, C_REFS, "%s: '%s' names no %s (did "
		    "you mean '%s'?)", key, n->str, rtype_name(t), near);
	else
		report(n->line, n->col, C_REFS, "%s: '%s' names no %s", key,
		    n->str, rtype_name(t));
}

/* Check one field's value against its spec. */
static void
check_field(struct journal *j, const struct field *f, struct ynode *v,
    enum check enumcheck)
{
	struct ynode	**items, *one;
	struct buf	 msg = BUF_INIT;
	size_t		 i, k;
	int		 vp;

	switch (f->type) {
	case F_STR:
	case F_DATE:
	case F_ENUM:
	case F_PERSON:
	case F_CADENCE:
	case F_DURATION:
	case F_BOOL:
	case F_WEEKDAY:
		if (v->type != Y_SCALAR) {
			report(v->line, v->col, C_TYPES, "%s: want a single "
			    "value, not %s", f->key, shape(v));
			return;
		}
		if (ynode_null(v))
			return;
		break;
	case F_LIST:
	case F_PEOPLE:
	case F_GOALS:
		if (v->type == Y_MAP) {
			report(v->line, v->col, C_TYPES, "%s: want a list or "
			    "a single value, not a mapping", f->key);
			return;
		}
		k = ynode_items(v, &items, &one);
		for (i = 0; i < k; i++) {
			if (items[i]->type != Y_SCALAR) {
				report(items[i]->line, items[i]->col, C_TYPES,
				    "%s: list items must be single values, "
				    "not %s", f->key, shape(items[i]));
				continue;
			}
			if (f->type == F_PEOPLE)
				check_ref(j, items[i], R_PERSON, f->key);
			else if (f->type == F_GOALS)
				check_ref(j, items[i], R_GOAL, f->key);
		}
		return;
	case F_RATINGS:
		if (ynode_null(v))
			return;
		if (v->type != Y_MAP) {
			report(v->line, v->col, C_TYPES, "ratings: want a "
			    "mapping of skill: rating, not %s", shape(v));
			return;
		}
		for (i = 0; i + 1 < v->nkids; i += 2) {
			struct ynode *val = v->kids[i + 1];

			if (val->type != Y_SCALAR) {
				report(val->line, val->col, C_TYPES,
				    "ratings: '%s' wants a number, not %s",
				    v->kids[i]->str, shape(val));
				continue;
			}
			if (rating_value(val->str) == 0)
				report(val->line, val->col, C_RATINGS,
				    "rating '%s' must be a whole number from "
				    "1 to 5, not '%s'", v->kids[i]->str,
				    val->str);
		}
		return;
	}
	if (f->type == F_PERSON) {
		check_ref(j, v, R_PERSON, f->key);
		return;
	}
	if ((vp = schema_value(f, v->str, &msg)) != VP_OK)
		report(v->line, v->col, enumcheck == C_CONFIG &&
		    vp != VP_DATE ? C_CONFIG : problem_check[vp], "%s",
		    msg.buf);
	buf_release(&msg);
}

/* Check the front matter of a record against its fields. */
static void
check_fields(struct journal *j, const struct doc *d,
    const struct field *fields, const char *what, enum check enumcheck)
{
	const struct field	*f;
	struct ynode		*v, *k;
	size_t			 i;

	for (f = fields; f->key != NULL; f++) {
		if ((v = fm_get(d, f->key)) == NULL) {
			if (f->required)
				report(1, 1, C_REQUIRED, "no '%s' (%s needs "
				    "one)", f->key, what);
			continue;
		}
		if (f->required && (ynode_null(v) ||
		    (v->type == Y_SCALAR && v->len == 0))) {
			report(v->line, v->col, C_REQUIRED, "'%s' is empty "
			    "(%s needs one)", f->key, what);
			continue;
		}
		check_field(j, f, v, enumcheck);
	}
	if (!strictflag)
		return;
	for (i = 0; i + 1 < d->fm->nkids; i += 2) {
		k = d->fm->kids[i];
		for (f = fields; f->key != NULL; f++)
			if (strcmp(f->key, k->str) == 0)
				break;
		if (f->key == NULL)
			report(k->line, k->col, C_UNKNOWN, "unknown key '%s'",
			    k->str);
	}
}

static void
check_tasks(struct journal *j, const struct doc *d, enum rtype t)
{
	const struct task	*tk;
	const char		*created;
	char			 ds[DATE_STRLEN], cs[DATE_STRLEN];
	mdate			 c = DATE_NONE;
	size_t			 i, k;

	if (t == R_GOAL && (created = fm_str(d, "created")) != NULL &&
	    date_iso(created, strlen(created), &c) != 0)
		c = DATE_NONE;
	for (i = 0; i < d->ntasks; i++) {
		tk = &d->tasks[i];
		if (tk->badtok_col)
			report(tk->line, tk->badtok_col, C_TASKS, "'%s' is not "
			    "a real date (want YYYY-MM-DD)", tk->badtok);
		if (tk->done != DATE_NONE && tk->status != TASK_DONE)
			report(tk->line, tk->done_col, C_TASKS, "done: on an "
			    "item that is %s, not done",
			    task_status_word(tk->status));
		if (c != DATE_NONE && tk->due != DATE_NONE && tk->due < c) {
			date_format(tk->due, ds);
			date_format(c, cs);
			report(tk->line, tk->due_col, C_MILESTONES, "milestone "
			    "due %s, before the goal was created (%s)", ds,
			    cs);
		}
		for (k = 0; k < tk->npeople; k++)
			if (journal_find_id(j, R_PERSON, tk->people[k]) ==
			    NULL)
				report(tk->line, tk->people_col[k], C_MENTIONS,
				    "@%s names no person", tk->people[k]);
	}
}

/* An entry's date, file name and year folder agree (DESIGN.md §2). */
static void
check_log_name(const struct doc *d, const struct rec *r)
{
	struct ynode	*v = fm_get(d, "date");
	mdate		 fd, dd;
	const char	*year = r->rel + 4;

	if (strlen(r->id) < 10 || (r->id[10] != '-' && r->id[10] != '\0') ||
	    date_iso(r->id, 10, &fd) != 0) {
		report(1, 1, C_LOGNAMES, "file name '%s' does not start with "
		    "a date (YYYY-MM-DD-title)", r->id);
		fd = DATE_NONE;
	}
	if (v == NULL || v->type != Y_SCALAR || date_iso(v->str, v->len,
	    &dd) != 0)
		return;
	if (fd != DATE_NONE && fd != dd)
		report(v->line, v->col, C_LOGNAMES, "date %s disagrees with "
		    "the file name '%s'", v->str, r->id);
	if (strncmp(year, v->str, 4) != 0)
		report(v->line, v->col, C_LOGNAMES, "date %s is not in the "
		    "year folder 'log/%.4s'", v->str, year);
}

static void
check_file_name(const struct rec *r)
{
	const char	*p;

	for (p = r->id; *p != '\0'; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p)
		    || *p == '-'))
			break;
	if (*p != '\0' || r->id[0] == '-')
		report(1, 1, C_FILENAMES, "file name '%s.md' is not a slug "
		    "(lowercase letters, digits and '-')", r->id);
}

/* The same entry id in another year folder. */
static void
check_unique(struct journal *j, const struct rec *r)
{
	const struct reclist	*l = journal_list(j, R_ENTRY);
	const struct rec	*hit;
	size_t			 i;

	if ((hit = journal_find_id(j, R_ENTRY, r->id)) == NULL)
		return;
	/* hit is any of the equal ids: walk to the first. */
	i = (size_t)(hit - l->v);
	while (i > 0 && strcmp(l->v[i - 1].id, r->id) == 0)
		i--;
	for (; i < l->n && strcmp(l->v[i].id, r->id) == 0; i++)
		if (strcmp(l->v[i].rel, r->rel) != 0)
			report(1, 1, C_UNIQUE, "entry id '%s' is also used by "
			    "'%s'", r->id, l->v[i].rel);
}

static void
check_record(struct journal *j, const struct rec *r)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*path = journal_path(j, r->rel);
	static const char *const what[] = { "a person", "a goal",
	    "an entry" };
	int			 rc;

	nrecords++;
	rc = doc_loadat(&d, j->dirfd, r->rel, path, &e);
	if (rc != 0) {
		if (rc == EX_DATAERR) {
			enabled[C_SYNTAX] = 1;
			report(e.line ? e.line : 1, e.col ? e.col : 1,
			    C_SYNTAX, "%s", e.msg);
			parse_failed = 1;
		} else {
			diag(path, 0, 0, "%s", e.msg);
			status_set(rc);
		}
		goto out;
	}
	check_file_name(r);
	check_fields(j, &d, schema_fields(r->type), what[r->type], C_ENUMS);
	check_tasks(j, &d, r->type);
	if (r->type == R_ENTRY) {
		check_log_name(&d, r);
		check_unique(j, r);
	}
out:
	flush_diags(path);
	doc_free(&d);
	free(path);
}

static void
check_config(struct journal *j)
{
	struct doc	 d;
	char		*path = journal_path(j, "mentor.yaml");

	if (j->settings_rc == EX_DATAERR) {
		report(j->settings_err.line ? j->settings_err.line : 1,
		    j->settings_err.col ? j->settings_err.col : 1, C_SYNTAX,
		    "%s", j->settings_err.msg);
		parse_failed = 1;
	} else if (j->settings_rc != 0) {
		diag(path, 0, 0, "%s", j->settings_err.msg);
		status_set(j->settings_rc);
	} else if (journal_config(j, &d) == 0) {
		check_fields(j, &d, schema_fields(SCHEMA_CONFIG), "mentor.yaml", C_CONFIG);
		doc_free(&d);
	}
	flush_diags(path);
	free(path);
}

/* Stale lock files in one folder of the journal. */
static void
check_locks_in(struct journal *j, const char *rel)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	char		*p, *shown;
	size_t		 n;
	int		 fd;

	if ((fd = openat(j->dirfd, *rel ? rel : ".", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		n = strlen(de->d_name);
		if (n < 6 || strcmp(de->d_name + n - 5, ".lock") != 0)
			continue;
		if (fstatat(dirfd(dp), de->d_name, &st, AT_SYMLINK_NOFOLLOW)
		    == -1 || time(NULL) - st.st_mtime < 10 * lock_timeout())
			continue;
		xasprintf(&p, "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		shown = journal_path(j, p);
		report(1, 1, C_LOCKS, "stale lock left by an interrupted "
		    "writer; remove it with: rm '%s'", shown);
		flush_diags(shown);
		free(shown);
		free(p);
	}
	closedir(dp);
}

static void
check_locks(struct journal *j)
{
	DIR		*dp;
	struct dirent	*de;
	char		*p;
	int		 fd;

	check_locks_in(j, "");
	check_locks_in(j, "people");
	check_locks_in(j, "goals");
	if ((fd = openat(j->dirfd, "log", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		xasprintf(&p, "log/%s", de->d_name);
		check_locks_in(j, p);
		free(p);
	}
	closedir(dp);
}

static void
list_checks(void)
{
	struct table	 t;
	const char	*head[] = { "check", "severity", "what it checks" };
	const char	*cells[3];
	int		 i;

	if (fmt == FMT_JSON || fmt == FMT_JSONL) {
		if (fmt == FMT_JSON)
			json_arr(&js);
		for (i = 0; i < C_NCHECKS; i++) {
			json_obj(&js);
			json_key(&js, "check");
			json_str(&js, checks[i].name);
			json_key(&js, "severity");
			json_str(&js, checks[i].sev == SEV_ERROR ? "error" :
			    "warning");
			json_key(&js, "description");
			json_str(&js, checks[i].what);
			json_obj_end(&js);
			if (fmt == FMT_JSONL)
				json_end(&js);
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_end(&js);
		}
		return;
	}
	table_init(&t, 3, fmt == FMT_TSV && o.no_header ? NULL : head);
	for (i = 0; i < C_NCHECKS; i++) {
		cells[0] = checks[i].name;
		cells[1] = checks[i].sev == SEV_ERROR ? "error" : "warning";
		cells[2] = checks[i].what;
		if (fmt == FMT_TSV)
			tsv_row(stdout, cells, 3);
		else
			table_add(&t, cells);
	}
	if (fmt != FMT_TSV)
		table_print(&t, stdout, 0);
	table_release(&t);
}

static void
parse_checks(const char *arg)
{
	char	*copy = xstrdup(arg), *tok, *save;
	int	 i;

	memset(enabled, 0, sizeof(enabled));
	enabled[C_SYNTAX] = 1;
	for (tok = strtok_r(copy, ", ", &save); tok != NULL;
	    tok = strtok_r(NULL, ", ", &save)) {
		for (i = 0; i < C_NCHECKS; i++)
			if (strcmp(tok, checks[i].name) == 0)
				break;
		if (i == C_NCHECKS)
			errx(EX_USAGE, "unknown check '%s' (see --list-checks)",
			    tok);
		enabled[i] = 1;
	}
	free(copy);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONG,
		{ "check",	 required_argument, NULL, 'c' },
		{ "list-checks", no_argument,	    NULL, 'l' },
		{ "strict",	 no_argument,	    NULL, 's' },
		{ NULL,		 0,		    NULL, 0 }
	};
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 };
	const struct reclist *all;
	const char	*checkarg = NULL;
	int		 c, rc, t, listflag = 0, whole;
	size_t		 i;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL))
	    != -1) {
		if (opts_common(&o, c, optarg))
			continue;
		switch (c) {
		case 'c':
			checkarg = optarg;
			break;
		case 'h':
			usage(0);
		case 'l':
			listflag = 1;
			break;
		case 's':
			strictflag = 1;
			break;
		default:
			usage(1);
		}
	}
	argc -= optind;
	argv += optind;
	fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	if (fmt == FMT_MD)
		errx(EX_USAGE, "mentor-check prints text, paths, tsv, json or "
		    "jsonl, not %s", fmt_name(fmt));
	color = fmt == FMT_TEXT && color_enabled(o.color, STDOUT_FILENO);
	json_init(&js, stdout);
	if (listflag) {
		if (fmt == FMT_TSV && !o.no_header)
			printf("check\tseverity\twhat it checks\n");
		list_checks();
		return out_close(0);
	}
	for (i = 0; i < C_NCHECKS; i++)
		enabled[i] = 1;
	if (checkarg != NULL)
		parse_checks(checkarg);
	if (!strictflag)
		enabled[C_UNKNOWN] = 0;
	today = date_today();

	if ((rc = journal_find(&j, o.C, JF_QUIET)) != 0)
		return rc;
	whole = argc == 0;
	if (!whole) {
		rc = journal_args(&j, RT_ALL, argc, argv, o.nul, &l);
		status_set(rc);
	}
	if (fmt == FMT_TSV && !o.no_header && !o.quiet)
		printf("path\tline\tcol\tseverity\tcheck\tmessage\n");
	if (fmt == FMT_JSON && !o.quiet) {
		json_obj(&js);
		json_key(&js, "diagnostics");
		json_arr(&js);
	}
	/* The other checks read mentor.yaml: it is checked every time. */
	check_config(&j);
	if (whole) {
		for (t = 0; t < R_NTYPES; t++) {
			all = journal_list(&j, (enum rtype)t);
			for (i = 0; i < all->n; i++)
				check_record(&j, &all->v[i]);
		}
		check_locks(&j);
	} else
		for (i = 0; i < l.n; i++)
			check_record(&j, &l.v[i]);
	if (fmt == FMT_JSON && !o.quiet) {
		json_arr_end(&js);
		json_key(&js, "errors");
		json_int(&js, (long long)nerrors);
		json_key(&js, "warnings");
		json_int(&js, (long long)nwarnings);
		json_key(&js, "records");
		json_int(&js, (long long)nrecords);
		json_obj_end(&js);
		json_end(&js);
	}
	if (!o.quiet)
		fprintf(stderr, "%s: %lu error%s, %lu warning%s in %lu "
		    "record%s\n", progname(), nerrors, nerrors == 1 ? "" : "s",
		    nwarnings, nwarnings == 1 ? "" : "s", nrecords,
		    nrecords == 1 ? "" : "s");
	if (nerrors > 0 || (strictflag && nwarnings > 0))
		status_set(EX_PROBLEM);
	if (parse_failed)
		status_set(EX_DATAERR);
	reclist_release(&l);
	journal_close(&j);
	free(dv);
	return out_close(mentor_status);
}
