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
#include "model.h"

static int		 strictflag;
static int		 enabled[C_NCHECKS];
static struct opts	 o;
static int		 fmt;
static int		 color;
static struct json	 js;
static unsigned long	 nerrors, nwarnings, nrecords;
static int		 parse_failed;
static mdate		 today;

/* The problems of the record being checked, sorted before printing. */
static struct vctx	 cx;

enum { OPT_CHECK = OPT_FIRST_LOCAL, OPT_INDEX, OPT_LIST_CHECKS,
	OPT_STRICT };

static const struct optdef opts[] = {
	{ OPT_INDEX, "index", NULL, 0, "check the records as git's index "
	  "holds them (what the next commit will), not the work tree" },
	{ OPT_STRICT, "strict", NULL, 0,
	  "warnings count as errors; also report unknown keys" },
	{ OPT_CHECK, "check", "name,...", 0, "run only these checks" },
	{ OPT_LIST_CHECKS, "list-checks", NULL, 0,
	  "list the checks and what each checks" },
	{ 0, NULL, NULL, 0, NULL }
};

static const struct optdef *const tabs[] = { common_opts, opts, NULL };

static const struct helpdoc help = {
	"[options] [record ... | -]",
	"Check the records of a mentor journal: every problem, one a line, "
	"as path:line:col: error: message [check].",
	NULL, NULL, NULL, 0, tabs
};

/* Print and forget the problems found in one file. */
static void
flush_diags(struct vctx *cxp, const char *path)
{
	const struct vdiag	*dv;
	char			 l[24], c[24];
	const char		*sev, *cells[6];
	size_t			 i;

	vctx_sort(cxp);
	if (fmt == FMT_PATHS && cxp->n > 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	for (i = 0; i < cxp->n; i++) {
		dv = &cxp->v[i];
		sev = dv->sev == SEV_ERROR ? "error" : "warning";
		if (dv->sev == SEV_ERROR)
			nerrors++;
		else
			nwarnings++;
		if (o.quiet || fmt == FMT_PATHS)
			continue;
		snprintf(l, sizeof(l), "%u", dv->line);
		snprintf(c, sizeof(c), "%u", dv->col);
		switch (fmt) {
		case FMT_TSV:
			cells[0] = path;
			cells[1] = l;
			cells[2] = c;
			cells[3] = sev;
			cells[4] = checks[dv->check].name;
			cells[5] = dv->msg;
			tsv_row(stdout, cells, 6);
			break;
		case FMT_JSON:
		case FMT_JSONL:
			json_obj(&js);
			json_key(&js, "path");
			json_str(&js, path);
			json_key(&js, "line");
			json_int(&js, dv->line);
			json_key(&js, "col");
			json_int(&js, dv->col);
			json_key(&js, "severity");
			json_str(&js, sev);
			json_key(&js, "check");
			json_str(&js, checks[dv->check].name);
			json_key(&js, "message");
			json_str(&js, dv->msg);
			json_obj_end(&js);
			if (fmt == FMT_JSONL)
				json_end(&js);
			break;
		default:
			printf("%s:%u:%u: %s%s%s: %s [%s]\n", path, dv->line,
			    dv->col, color ? (dv->sev == SEV_ERROR ?
			    "\033[1;31m" : "\033[1;33m") : "", sev,
			    color ? "\033[0m" : "", dv->msg,
			    checks[dv->check].name);
		}
	}
	vctx_clear(cxp);
}

/* Check one parsed record against the journal (on any thread). */
static void
look(void *ctx, const struct rec *r, const struct doc *d, struct vctx *rx)
{
	(void)ctx;
	validate_record(rx, d, r);
}

/* A record's problems, in the scan's order: parse errors among them. */
static void
found(void *ctx, const char *path, struct vctx *rx, int rc,
    const struct doc_error *e)
{
	(void)ctx;
	if (rc == EX_DATAERR)
		parse_failed = 1;
	else if (rc != 0) {
		diag(path, 0, 0, "%s", e->msg);
		status_set(rc);
	}
	flush_diags(rx, path);
}

static void
check_config(struct journal *j)
{
	struct doc	 d;
	struct settings	 set;
	char		*path = journal_path(j, "mentor.yaml");

	if (j->settings_rc == EX_DATAERR) {
		vctx_report(&cx, j->settings_err.line ? j->settings_err.line : 1,
		    j->settings_err.col ? j->settings_err.col : 1, C_SYNTAX,
		    "%s", j->settings_err.msg);
		parse_failed = 1;
	} else if (j->settings_rc != 0) {
		diag(path, 0, 0, "%s", j->settings_err.msg);
		status_set(j->settings_rc);
	} else if (journal_config(j, &d) == 0) {
		/* Read again, with mentor-check's checks (--strict too). */
		memset(&set, 0, sizeof(set));
		model_settings(&d, &set, &cx);
		settings_release(&set);
		doc_free(&d);
	}
	flush_diags(&cx, path);
	free(path);
}

/*
 * Report the lock file rel (in the journal) when it is stale: older than
 * any writer holds a lock (LOCK_STALE times the lock timeout, 20 s by
 * default), with a removal command safe to paste whatever its name.
 */
static void
lock_check(struct journal *j, const char *rel)
{
	struct stat	 st;
	struct buf	 cmd = BUF_INIT;
	char		*shown;

	if (fstatat(j->dirfd, rel, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
	    time(NULL) - st.st_mtime < LOCK_STALE * lock_timeout())
		return;
	shown = journal_path(j, rel);
	buf_addstr(&cmd, "rm -- ");
	sh_quote(&cmd, shown);
	vctx_report(&cx, 1, 1, C_LOCKS, "stale lock left by an interrupted "
	    "writer; remove it with: %s", cmd.buf);
	flush_diags(&cx, shown);
	buf_release(&cmd);
	free(shown);
}

static void
check_locks_in(struct journal *j, const char *rel)
{
	DIR		*dp;
	struct dirent	*de;
	char		*p;
	int		 fd;

	if ((fd = openat(j->dirfd, *rel ? rel : ".", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		if (!is_lock_name(de->d_name))
			continue;
		xasprintf(&p, "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		lock_check(j, p);
		free(p);
	}
	closedir(dp);
}

static void
check_locks(struct journal *j)
{
	DIR		*dp;
	struct dirent	*de;
	char		*p, **years;
	size_t		 i, ny;
	int		 fd, year;

	check_locks_in(j, "");
	check_locks_in(j, "people");
	check_locks_in(j, "goals");
	/* Those of the year folders were met as their ids were read. */
	for (i = 0; i < j->nlocks; i++)
		lock_check(j, j->locks[i]);
	ny = j->ids_done ? journal_years(j, &years) : 0;
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
		for (i = year = 0; i < ny && !year; i++)
			year = strcmp(years[i], de->d_name) == 0;
		if (year)
			continue;
		xasprintf(&p, "log/%s", de->d_name);
		check_locks_in(j, p);
		free(p);
	}
	closedir(dp);
}

/* Report a .md file no reader reads. */
static void
unread(struct journal *j, const char *rel)
{
	char	*shown = journal_path(j, rel);

	vctx_report(&cx, 1, 1, C_UNREAD, "not read: records are "
	    "people/ID.md, goals/ID.md and log/YYYY/ID.md");
	flush_diags(&cx, shown);
	free(shown);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder's names that are not hidden, and their kinds. */
struct names {
	char		**v;
	int		*kind;
	size_t		 n;
};

static void
name_seen(void *ctx, const char *name, int kind)
{
	struct names	*nm = ctx;

	if (name[0] == '.')
		return;
	nm->kind = xreallocarray(nm->kind, nm->n + 1, sizeof(*nm->kind));
	nm->kind[nm->n] = kind;
	strv_push(&nm->v, &nm->n, xstrdup(name));
}

/*
 * The names in folder rel that are not hidden, sorted (so that what is
 * reported comes in the same order everywhere) with their kinds; -1 if it
 * is no folder.
 */
static int
names_in(struct journal *j, const char *rel, struct names *nm)
{
	size_t	 i, k;
	char	*t;
	int	 tk;

	memset(nm, 0, sizeof(*nm));
	if (source_kind(j->src, rel) != SK_DIR ||
	    source_walk(j->src, rel, name_seen, nm) == -1)
		return -1;
	/* Few names: sorted in place, kinds along. */
	for (i = 1; i < nm->n; i++)
		for (k = i; k > 0 && strcmp(nm->v[k - 1], nm->v[k]) > 0; k--) {
			t = nm->v[k];
			nm->v[k] = nm->v[k - 1];
			nm->v[k - 1] = t;
			tk = nm->kind[k];
			nm->kind[k] = nm->kind[k - 1];
			nm->kind[k - 1] = tk;
		}
	return 0;
}

/*
 * The .md files under rel, a folder no reader looks in, its folders and
 * all (up to 8 deep; links and hidden names are left alone).  With top,
 * rel is people/ or goals/: its own files are records, its folders not.
 * In log/ (log) the year folders are left out: their own folders were
 * met by journal_index_ids.
 */
static void
unread_in(struct journal *j, const char *rel, int depth, int top, int log)
{
	struct names	 nm;
	char		*p, **years = NULL;
	size_t		 i, k, len, ny = 0;
	int		 year;

	if (depth > 8 || names_in(j, rel, &nm) == -1)
		return;
	if (log)
		ny = journal_years(j, &years);
	for (i = 0; i < nm.n; i++) {
		xasprintf(&p, "%s/%s", rel, nm.v[i]);
		len = strlen(nm.v[i]);
		for (k = year = 0; k < ny && !year; k++)
			year = strcmp(years[k], nm.v[i]) == 0;
		if (nm.kind[i] == SK_DIR && !year)
			unread_in(j, p, depth + 1, 0, 0);
		else if (!top && nm.kind[i] == SK_FILE && len > 3 &&
		    strcmp(nm.v[i] + len - 3, ".md") == 0)
			unread(j, p);
		free(p);
	}
	strv_free(nm.v, nm.n);
	free(nm.kind);
}

/* Every .md file under people/, goals/ and log/ that no reader reads. */
static void
check_unread(struct journal *j)
{
	size_t	 i;

	unread_in(j, "people", 0, 1, 0);
	unread_in(j, "goals", 0, 1, 0);
	unread_in(j, "log", 0, 0, 1);
	if (j->nsubdirs > 1)
		qsort(j->subdirs, j->nsubdirs, sizeof(*j->subdirs), name_cmp);
	for (i = 0; i < j->nsubdirs; i++)
		unread_in(j, j->subdirs[i], 1, 0, 0);
}

/*
 * A rename interrupted before it finished (a crash, a kill): its record
 * may have moved with references to the old id left, or not moved yet.
 * Running it again finishes it.
 */
static void
check_renames(struct journal *j)
{
	enum rtype	 t;
	char		*from, *to, *shown;
	int		 pending;

	if ((pending = rename_pending(j, &t, &from, &to)) <= 0) {
		if (pending < 0)
			status_set(EX_DATAERR);
		return;
	}
	shown = journal_path(j, RENAME_INTENT);
	if (pending == 2)
		vctx_report(&cx, 1, 1, C_RENAMES, "a rename was interrupted "
		    "before it changed anything; remove this note, or run the "
		    "rename again");
	else
		vctx_report(&cx, 1, 1, C_RENAMES, "the rename of %s '%s' to "
		    "'%s' did not finish; run '%s rename %s %s' to finish it",
		    rtype_name(t), from, to, t == R_PERSON ? "mentor-people" :
		    "mentor-goals", from, to);
	flush_diags(&cx, shown);
	free(shown);
	free(from);
	free(to);
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

/* --check NAME,...: those checks run (syntax always); again adds more. */
static void
parse_checks(const char *arg)
{
	char	*copy = xstrdup(arg), *tok, *save;
	int	 i;

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
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 };
	struct scan	 s;
	struct getopts	 g;
	char		**checkargs = NULL;
	size_t		 ncheckargs = 0;
	int		 c, rc, listflag = 0, whole, indexflag = 0;
	size_t		 i;

	cli_init(argv);
	opts_init(&o);
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, argv)) != -1) {
		if (opts_common(&o, c, optarg))
			continue;
		switch (c) {
		case OPT_CHECK:
			strv_push(&checkargs, &ncheckargs, optarg);
			break;
		case OPT_INDEX:
			indexflag = 1;
			break;
		case 'h':
			help_print(&help, NULL);
		case OPT_LIST_CHECKS:
			listflag = 1;
			break;
		case OPT_STRICT:
			strictflag = 1;
			break;
		}
	}
	getopts_release(&g);
	argc -= optind;
	argv += optind;
	fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	if (fmt == FMT_MD)
		errx(EX_USAGE, "mentor-check prints text, paths, tsv, json or "
		    "jsonl, not %s", fmt_name(fmt));
	color = fmt == FMT_TEXT && color_enabled(o.color, STDOUT_FILENO);
	json_init(&js, stdout);
	cx.enabled = enabled;
	if (listflag) {
		if (fmt == FMT_TSV && !o.no_header)
			printf("check\tseverity\twhat it checks\n");
		list_checks();
		return out_close(0);
	}
	for (i = 0; i < C_NCHECKS; i++)
		enabled[i] = 1;
	if (ncheckargs > 0) {
		memset(enabled, 0, sizeof(enabled));
		enabled[C_SYNTAX] = 1;
		for (i = 0; i < ncheckargs; i++)
			parse_checks(checkargs[i]);
		free(checkargs);
	}
	if (!strictflag)
		enabled[C_UNKNOWN] = 0;
	today = date_today();

	if ((rc = journal_find(&j, o.C, JF_QUIET)) != 0)
		return rc;
	if (indexflag && (rc = journal_git(&j, NULL, JF_QUIET)) != 0) {
		journal_close(&j);
		return rc;
	}
	cx.j = &j;
	validate_prepare(&j);
	journal_index_ids(&j);
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
	/*
	 * Every record is parsed and checked; problems go out by record:
	 * by id, then path (records named: in the order given).
	 */
	scan_init(&s, &j, today);
	s.enabled = enabled;
	s.flags = SCAN_BY_ID | SCAN_GIVEN_ONLY;
	s.only = whole ? NULL : &l;
	s.look = look;
	s.diags = found;
	(void)scan_run(&s);
	nrecords = s.nrecords;
	scan_release(&s);
	if (whole) {
		check_renames(&j);
		/* Lock files are the work tree's: git never holds them. */
		if (!indexflag)
			check_locks(&j);
		check_unread(&j);
	}
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
	vctx_release(&cx);
	return out_close(mentor_status);
}
