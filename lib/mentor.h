/*
 * libmentor: the shared parts of the mentor programs.
 *
 * Every string returned by a function here is NUL-terminated.  Functions
 * that can fail on user input return 0 on success and a sysexits code on
 * failure, after printing a message in the DESIGN.md §4 form; functions
 * that can only fail for lack of memory exit 71 instead (see xmalloc.c).
 */
#ifndef MENTOR_H
#define MENTOR_H

#include <sys/types.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sysexits.h>

#define MENTOR_NORETURN __attribute__((__noreturn__))
#define MENTOR_PRINTF(a, b) __attribute__((__format__(__printf__, a, b)))

/* Built with AddressSanitizer: gcc says one way, clang another. */
#if defined(__SANITIZE_ADDRESS__)
#define MENTOR_ASAN	1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MENTOR_ASAN	1
#endif
#endif

/* Exit codes (DESIGN.md §4); the others are sysexits' EX_* names. */
#define EX_PROBLEM	1	/* a check found problems; nothing matched */

/* Limits (DESIGN.md §4). */
#define RECORD_MAX	(16UL * 1024 * 1024)	/* bytes in one record */
#define YAML_DEPTH_MAX	32			/* nesting of front matter */

/* xmalloc.c */
void		*xmalloc(size_t);
void		*xcalloc(size_t, size_t);
void		*xreallocarray(void *, size_t, size_t);
void		*xgrow(void *, size_t, size_t);
char		*xstrdup(const char *);
char		*xstrndup(const char *, size_t);
int		 xasprintf(char **, const char *, ...) MENTOR_PRINTF(2, 3);

/*
 * buf.c: a growable byte string.
 *
 * Invariants: b->buf is never NULL after buf_init (it points at a shared
 * empty string until the first addition); b->buf[b->len] is always '\0';
 * b->len < b->alloc whenever b->alloc is non-zero.  buf_release frees the
 * storage and leaves the buf initialised and empty; buf_detach hands the
 * storage to the caller (who frees it) and leaves the buf empty.
 */
struct buf {
	char	*buf;
	size_t	 len;
	size_t	 alloc;
};
#define BUF_INIT { buf_empty, 0, 0 }
extern char	 buf_empty[];
void		 buf_init(struct buf *);
void		 buf_release(struct buf *);
char		*buf_detach(struct buf *, size_t *);
void		 buf_grow(struct buf *, size_t);
void		 buf_reset(struct buf *);
void		 buf_setlen(struct buf *, size_t);
void		 buf_add(struct buf *, const void *, size_t);
void		 buf_addstr(struct buf *, const char *);
void		 buf_addch(struct buf *, int);
void		 buf_addint(struct buf *, long long);
#define INT_STRLEN	24	/* "-9223372036854775808" and its NUL */
const char	*int_str(long long, char [INT_STRLEN]);
void		 buf_addf(struct buf *, const char *, ...) MENTOR_PRINTF(2, 3);
void		 buf_vaddf(struct buf *, const char *, va_list);

/*
 * util.c: diagnostics, exit status, output.
 *
 * diag() prints "PROG: PATH:LINE:COL: MESSAGE" to stderr (COL 0 leaves the
 * column out, LINE 0 both).  status_merge() keeps the stronger of two exit
 * codes: 65 beats 1, every other non-zero code beats both.  out_close()
 * flushes stdout and exits 74 with a message if that fails; a closed pipe
 * ends the program quietly with status 0 (so `list | head` is silent).
 * cli_init() readies a program (its name, stdout) from main's argv.
 * sh_quote() appends a string as a shell word safe to paste.
 */
extern int	 mentor_status;
const char	*progname(void);
void		 diag(const char *, unsigned long, unsigned long,
		    const char *, ...) MENTOR_PRINTF(4, 5);
void		 vdiag(const char *, unsigned long, unsigned long,
		    const char *, va_list);
int		 status_merge(int, int);
void		 status_set(int);
void		 cli_init(char **);
void		 progname_set(char **);
int		 out_close(int);
const char	*env_get(const char *);
void		 sh_quote(struct buf *, const char *);
char		*xrealpath(const char *);	/* compat.c */

/*
 * re.c: user patterns (--grep) with PCRE2: UTF, JIT, multiline, match and
 * depth limits.  A bad pattern or a limit hit ends the program, exit 64.
 */
struct ure;
struct ure	*ure_compile(const char *, int);
int		 ure_match(struct ure *, const char *, size_t);
void		 ure_free(struct ure *);

/*
 * git.c: autocommit.  commit_setup() readies a writing program (exit 64
 * when autocommit is on outside a git work tree); from then on what a
 * command writes is committed as one commit, "PROG: ACTION ID" (the
 * journal lock held: write_end calls commit_paths), and a failed commit
 * keeps the files and makes the exit status 74, git's message shown.
 */
struct journal;
void		 commit_setup(struct journal *, const char *);
int		 commit_paths(struct journal *, char *const *, size_t);

/* proc.c: running other programs, without a shell. */
int		 proc_run(char *const [], struct buf *, int);
char		*author_name(const char *);
int		 editor_run(const char *);

/*
 * date.c: calendar dates as days since 1970-01-01 (proleptic Gregorian),
 * years 1 to 9999.
 *
 * DATE_NONE marks an absent date; date_from_ymd() of an invalid day and
 * date_add_months() or the cadence steps past year 9999 give DATE_NONE,
 * and date_format() writes "0000-00-00" for it.  date_parse() accepts every
 * form of DESIGN.md §2 ("Dates and periods"), case-insensitive:
 * YYYY-MM-DD (a real day), today, yesterday, tomorrow, +Nd/-Nd/+Nw/-Nw/
 * +Nm/-Nm/+Ny/-Ny (months and years clamp to the month's last day),
 * monday..sunday and mon..sun (the next one, strictly after today), eow
 * (the last day of this week, per week_start), eom, eoq, eoy.  It returns
 * 0, or -1 for anything else.  date_period_end() says whether a date
 * argument is one of eow, eom, eoq, eoy (1) or not (0): as an exclusive
 * bound ("before"), such a word includes its last day.  date_iso()
 * accepts only YYYY-MM-DD of exactly 10 bytes; date_field() also a YAML
 * timestamp with a time of day, as front matter dates may be (its date
 * part).  date_today() reads MENTOR_TODAY (an invalid value is exit 64
 * with a message) or the local date.
 */
typedef int32_t mdate;
#define DATE_NONE	INT32_MIN
#define DATE_STRLEN	11		/* "YYYY-MM-DD" and its NUL */
enum { WEEK_MONDAY = 0, WEEK_SUNDAY = 6 };	/* week_start values */
mdate		 date_from_ymd(int, int, int);
void		 date_to_ymd(mdate, int *, int *, int *);
int		 date_valid_ymd(int, int, int);
int		 date_days_in_month(int, int);
int		 date_weekday(mdate);		/* 0 Monday .. 6 Sunday */
mdate		 date_add_months(mdate, int);
int		 date_iso(const char *, size_t, mdate *);
int		 date_field(const char *, size_t, mdate *);
int		 date_parse(const char *, mdate, int, mdate *);
int		 date_period_end(const char *);
void		 date_format(mdate, char [DATE_STRLEN]);
mdate		 date_today(void);

/*
 * A period is an inclusive range of days; DATE_NONE on either side is an
 * open bound.  period_parse() accepts 2026, 2026-11, 2026-Q4, 2026-W47
 * (ISO 8601 week, checked against the weeks that year really has),
 * this-week|month|quarter|year and last-week|month|quarter|year (weeks
 * start on week_start), and a single date in any date_parse() form (that
 * one day).  Returns 0 or -1.  period_contains() treats DATE_NONE as
 * inside only when both bounds are open.
 */
struct period {
	mdate	since;
	mdate	until;
};
int		 period_parse(const char *, mdate, int, struct period *);
int		 period_contains(const struct period *, mdate);

/*
 * A cadence: daily, weekly (7 days), biweekly (14), monthly (1 month),
 * quarterly (3 months), "every [N] day|days|week|weeks|month|months",
 * "every N-M days|weeks|months" (a window: due after N, late only after
 * M); at most 3650 days or 120 months.  cadence_parse() returns 0 or -1.  cadence_due() is the date one step after the given date (months
 * clamped to the month's end); cadence_late() is the date from which
 * overdue days count (the window's far end, else cadence_due());
 * cadence_nth() is the date k steps after an origin, stepping months from
 * the origin so that monthly from 31 January gives 28/29 February, then
 * 31 March.
 */
enum cadence_unit { CAD_DAYS, CAD_MONTHS };
struct cadence {
	enum cadence_unit unit;
	int	 n;		/* days or months of one step */
	int	 late;		/* days or months after which it is late */
};
int		 cadence_parse(const char *, struct cadence *);
extern const char cadence_forms[];
mdate		 cadence_due(const struct cadence *, mdate);
mdate		 cadence_late(const struct cadence *, mdate);
mdate		 cadence_nth(const struct cadence *, mdate, int);

/* A parsed record and its body. */
#include "doc.h"

/*
 * source.c: where a journal's files are read from.  A source is the
 * journal's folder (source_files), a commit's tree or git's index
 * (source_git, rev NULL: the index), read through git's plumbing: one
 * listing, then one long-lived `git cat-file --batch` for the contents.
 * Readers never know which: they read a file whole (source_read: 0, or
 * EX_NOINPUT, EX_IOERR or EX_DATAERR with err filled, as doc_readat),
 * walk a folder (source_walk calls fn with each name that is not "." or
 * "..", and its kind; -1 when rel is no folder) and ask what a path is
 * (source_kind: SK_*, or -1 when there is nothing); source_fetch says
 * which files come next, for a source that gains by reading them together
 * (git's).  source_read may run
 * on several threads at once.  source_git returns 0, or EX_USAGE (not in
 * a git work tree, no such commit) or EX_UNAVAILABLE (git failed) after a
 * message.
 */
enum { SK_FILE, SK_LINK, SK_DIR, SK_OTHER };
struct source;
typedef void	(*source_fn)(void *, const char *, int);
struct source	*source_files(int);
int		 source_git(const char *, const char *, struct source **);
int		 source_read(struct source *, const char *, char **, size_t *,
		    struct doc_error *);
int		 source_walk(struct source *, const char *, source_fn, void *);
int		 source_kind(struct source *, const char *);
void		 source_fetch(struct source *, const char *const *, size_t);
const char	*source_rev(const struct source *);
void		 source_free(struct source *);

/*
 * schema.c: the fields of each record type and the rules for their
 * values (DESIGN.md §2).  SCHEMA_CONFIG names mentor.yaml's fields.
 */
enum ftype { F_STR, F_DATE, F_ENUM, F_LIST, F_PERSON, F_PEOPLE, F_GOALS,
	F_CADENCE, F_DURATION, F_RATINGS, F_BOOL, F_WEEKDAY };
struct field {
	const char	*key;
	enum ftype	 type;
	const char	*values;	/* F_ENUM: "a|b|c" */
	int		 required;
};
#define SCHEMA_CONFIG	R_NTYPES
enum { VP_OK, VP_DATE, VP_ENUM, VP_CADENCE, VP_DURATION, VP_BOOL,
	VP_WEEKDAY };
const struct field *schema_fields(int);
const struct field *schema_field(int, const char *);
int		 schema_in_set(const char *, const char *);
int		 schema_enum(const struct field *, const char *);
int		 schema_value(const struct field *, const char *, struct buf *);
int		 duration_ok(const char *);
int		 rating_value(const char *);

/*
 * compose.c: a new record's text.  compose_read() reads a body from a
 * file or "-" (standard input), refusing what is not text; compose_edit()
 * has it written in $VISUAL/$EDITOR on a template (1 when left empty);
 * compose_dates() makes the task items' relative dates absolute.  Each
 * returns 0 or a sysexits code after a message.  tmp_file() puts data in
 * a file of that name in a new temporary folder; tmp_remove() removes
 * both and frees the path.
 */
int		 compose_read(const char *, struct buf *);
int		 compose_blank(const struct buf *);
int		 compose_edit(const char *, struct buf *);
int		 compose_dates(struct buf *, mdate, int, int);
int		 tmp_file(const char *, const char *, size_t, char **);
void		 tmp_remove(char *);

/*
 * slug.c: file names from titles (DESIGN.md §1).  Appends the slug of
 * title to out: at most 60 bytes (not counting what out held), cut
 * between words, [a-z0-9-], never empty: a title of which nothing is left
 * gives the fallback (else "note") and a stable "-xxxxxx" made from it.
 */
void		 slug_make(const char *, const char *, struct buf *);

/*
 * journal.c: finding the journal and its records.
 */
enum rtype { R_PERSON, R_GOAL, R_ENTRY, R_NTYPES };
#define RT_MASK(t)	(1U << (t))
#define RT_ALL		(RT_MASK(R_PERSON) | RT_MASK(R_GOAL) | RT_MASK(R_ENTRY))

/*
 * A record's place: its type, its id and its path inside the journal.  The
 * id points into the same allocation as rel; rec_release frees both.  pos
 * is where the folder's listing gave it (journal_list_folder), 0 else.
 */
struct rec {
	enum rtype	 type;
	uint32_t	 pos;		/* in the order the folder lists */
	char		*rel;		/* "log/2026/2026-11-21-x.md" */
	char		*id;		/* "2026-11-21-x" */
};
struct reclist {
	struct rec	*v;
	size_t		 n, alloc;
};

struct settings {
	char		*owner;
	char		*role;
	char		*cadence;
	int		 week_start;	/* 0 Monday .. 6 Sunday */
	char		**needs;
	size_t		 nneeds;
	int		 shared;
	int		 autocommit;
};

/*
 * An open journal.  root is how the user named it ("" for the working
 * directory, else the -C value, $MENTOR_JOURNAL or a relative way up such
 * as ".."); printed paths start with it.  The settings come from
 * mentor.yaml; settings_rc is 0, or the status of reading it (the reason
 * in settings_err).  Records are read from src: the journal's folder, or
 * after journal_git(j, rev, JG_*) git's objects (a commit's tree, or the
 * index with rev NULL), mentor.yaml with them; dirfd is the folder still,
 * for writers.  journal_load() reads and parses one file of the source
 * (JL_YAML: plain YAML, mentor.yaml).
 */
struct vctx;
struct journal {
	char		*root;
	char		*abs;
	int		 dirfd;
	struct source	*src;		/* where records are read from */
	struct settings	 set;
	int		 settings_rc;
	struct doc_error settings_err;
	struct vctx	*settings_cx;	/* what is wrong in a mentor.yaml that reads */
	char		*config_path;
	struct reclist	 all[R_NTYPES];
	int		 listed[R_NTYPES];
	char		**years;	/* log/ year folders, sorted */
	size_t		 nyears;
	char		**dups;		/* entry ids in two year folders, sorted */
	size_t		 ndups;
	char		**strays;	/* entries named for another year, sorted */
	size_t		 nstrays;
	int		 ids_done;	/* journal_index_ids ran */
	char		**locks;	/* "log/YYYY/x.lock" files it met */
	size_t		 nlocks;
	char		**subdirs;	/* "log/YYYY/sub" folders it met */
	size_t		 nsubdirs;
	/* Writing (write.c): the journal lock and what was written under it. */
	int		 wdepth;	/* write_begin nesting, 0 when unlocked */
	int		 wexcl;		/* the lock is exclusive */
	int		 wlocked;	/* flock(2) holds it (it may not) */
	int		 wbreak;	/* a record lock found is stale: remove */
	int		 wabandon;	/* write_end commits nothing */
	char		**written;	/* paths in the journal, for the commit */
	size_t		 nwritten;
	struct journal	*view;		/* listed afresh under the lock */
	const char	*commit;	/* autocommit: the action, else NULL */
};

#define JF_QUIET	0x1	/* do not warn about a bad mentor.yaml */
int		 journal_find(struct journal *, const char *, int);
int		 journal_open_dir(struct journal *, const char *);
struct journal	*journal_view(const struct journal *);
int		 journal_config(struct journal *, struct doc *);
int		 journal_git(struct journal *, const char *, int);
#define JL_YAML		0x1
int		 journal_load(struct journal *, const char *, const char *,
		    int, struct doc *, struct doc_error *);
void		 journal_close(struct journal *);
void		 settings_release(struct settings *);
const char	*rtype_dir(enum rtype);
const char	*rtype_name(enum rtype);
const struct reclist *journal_list(struct journal *, enum rtype);
void		 journal_list_folder(struct journal *, const char *,
		    struct reclist *, int);
size_t		 journal_years(struct journal *, char ***);
void		 journal_index_ids(struct journal *);
int		 is_lock_name(const char *);
int		 journal_id_count(const struct journal *, const char *);
int		 journal_stray(const struct journal *, const char *);
char		*journal_path(const struct journal *, const char *);
const char	*journal_path_buf(const struct journal *, const char *,
		    struct buf *);
int		 journal_resolve(struct journal *, unsigned, const char *,
		    struct rec *);
int		 journal_rel(struct journal *, const char *, struct rec *);
int		 journal_stdin(struct journal *, unsigned, int, FILE *,
		    struct reclist *);
int		 journal_args(struct journal *, unsigned, int, char **, int,
		    struct reclist *);
int		 journal_exists(const struct journal *, const char *);
const char	*journal_near(struct journal *, enum rtype, const char *);
const struct rec *journal_find_id(struct journal *, enum rtype,
		    const char *);
int		 rec_from_rel(const char *, struct rec *);
void		 rec_release(struct rec *);
void		 reclist_add(struct reclist *, const struct rec *);
void		 reclist_release(struct reclist *);
void		 reclist_sort(struct reclist *);
int		 rec_order(const struct rec *, const struct rec *);
int		 parse_bool(const char *, int *);
int		 parse_weekday(const char *);

/*
 * validate.c: mentor-check's checks, one record at a time.  A vctx
 * collects the problems found; enabled[] (C_NCHECKS entries) says which
 * checks run (C_UNKNOWN only under --strict).  The journal must be listed
 * (validate_prepare) before records are checked on several threads.
 */
enum sev { SEV_ERROR, SEV_WARNING };
enum check {
	C_SYNTAX, C_CONFIG, C_REQUIRED, C_TYPES, C_ENUMS, C_DATES, C_CADENCE,
	C_DURATION, C_RATINGS, C_REFS, C_DUPLICATES, C_MENTIONS, C_TASKS,
	C_MILESTONES, C_LOGNAMES, C_UNIQUE, C_LOCKS, C_RENAMES, C_UNKNOWN,
	C_FILENAMES, C_UNREAD, C_FINISHED, C_PLANNED, C_CONFLICTS,
	C_NCHECKS
};
struct checkinfo {
	const char	*name;
	enum sev	 sev;
	const char	*what;
};
extern const struct checkinfo checks[C_NCHECKS];
extern const int reader_checks[C_NCHECKS];
struct vdiag {
	unsigned	 line, col;
	int		 check;
	enum sev	 sev;
	char		*msg;
};
struct vctx {
	struct journal	*j;
	const int	*enabled;
	struct vdiag	*v;
	size_t		 n, alloc;
};
void		 vctx_report(struct vctx *, unsigned, unsigned, int,
		    const char *, ...) MENTOR_PRINTF(5, 6);
void		 vctx_sort(struct vctx *);
void		 vctx_warn(struct vctx *, const char *);
void		 vctx_clear(struct vctx *);
void		 vctx_release(struct vctx *);
void		 validate_prepare(struct journal *);
void		 validate_record(struct vctx *, const struct doc *,
		    const struct rec *);

struct option;
struct opts;
/*
 * cli.c: what the programs with subcommands share.  A sub names a
 * subcommand, the options (bits) it takes and its usage line.  The *_arg
 * functions exit 64 (66 for an unknown record) with a message.  Options
 * given twice follow one rule, for every program: opt_once() and
 * id_once() for single-valued options (the same value again is harmless,
 * another is exit 64 naming the option), ids_each() and words_each() for
 * repeatable ones (the same record or word again counts once).
 */
struct json;
struct optdef;
struct sub {
	const char	*name;
	int		(*run)(const struct sub *, struct journal *, int,
			    char **);
	unsigned	 flags;		/* SUB_* */
	unsigned	 opts;		/* the local options it takes */
	const char	*usage;		/* after the program's name */
	const char	*desc;		/* what it does, one line */
	const char	*args;		/* its operands, for messages */
	int		 min, max;	/* how many (max -1: any) */
};
#define SUB_WRITES	0x1	/* a writer: autocommit applies */
const struct sub *sub_select(const struct sub *, size_t, int, char **,
		    unsigned, const struct optdef *const *);
const struct sub *sub_find(const struct sub *, size_t, const char *);
void		 sub_operands(const struct sub *, int, char **);

/*
 * help.c: options described once.  An optdef is an option: its getopt
 * value (a letter is also its short option), long name, argument ("[x]"
 * when optional), the bit of the subcommands that take it (0: all) and a
 * line of help.  getopts_init makes getopt_long's tables from a NULL-ended
 * list of optdef tables (each ended by key 0); getopts_next is
 * getopt_long, a bad option exit 64 in one line.  help_print is --help.
 */
struct optdef {
	int		 key;
	const char	*name;
	const char	*arg;
	unsigned	 bit;
	const char	*desc;
};
extern const struct optdef common_opts[], listing_opts[];
struct getopts {
	const struct optdef *const *tabs;
	struct buf	 shortopts;
	struct option	*longopts;
};
void		 getopts_init(struct getopts *, const struct optdef *const *);
int		 getopts_next(struct getopts *, int, char **);
void		 getopts_stop(struct getopts *);
void		 getopts_release(struct getopts *);
const struct optdef *optdef_find(const struct optdef *const *, int);
const char	*optdef_name(const struct optdef *, char *, size_t);
void		 usage_error(const char *, const char *, ...)
		    MENTOR_PRINTF(2, 3) MENTOR_NORETURN;
struct helpdoc {
	const char		*synopsis;	/* after the program's name */
	const char		*about;		/* what it is for */
	const char		*cmdword;	/* "Commands", "Reports" */
	const char		*cmdlabel;	/* "command", "report" */
	const struct sub	*subs;
	size_t			 nsubs;
	const struct optdef *const *tabs;
};
void		 help_print(const struct helpdoc *, const struct sub *)
		    MENTOR_NORETURN;
void		 help_opt(const struct optdef *, const char *);
/*
 * A program of subcommands (like git's cmd_struct table): what it is for,
 * its subcommands, its options beyond the shared ones (opts, ended by key
 * 0; opt() takes one and returns its bit, 0 for no option of its own),
 * and check(), run after a subcommand is chosen.  prog_main() parses the
 * options, picks the subcommand, checks its operands, opens the journal,
 * readies autocommit for a writer, and returns its exit status.
 */
struct program {
	const char		*about;
	const struct sub	*subs;
	size_t			 nsubs;
	const struct optdef	*opts;
	unsigned		(*opt)(int, const char *);
	void			(*check)(const struct sub *);
};
int		 prog_main(const struct program *, struct opts *, int, char **);
void		 strv_push(char ***, size_t *, const char *);
void		 strv_free(char **, size_t);
mdate		 date_arg(const char *, const char *, mdate, int);
void		 period_args(struct period *, const char *, const char *,
		    const char *, mdate, int);
char		*id_arg(struct journal *, enum rtype, const char *);
void		 opt_once(const char **, const char *, const char *);
char		*id_once(struct journal *, enum rtype, const char *,
		    char *const *, size_t);
size_t		 ids_each(struct journal *, enum rtype, char **, size_t);
size_t		 words_each(char **, size_t);
void		 enum_arg(const char *, const char *, const char *);
int		 csv_has(const char *, const char *);
void		 yaml_scalar(struct buf *, const char *);
void		 yaml_kv(struct buf *, const char *, const char *);
void		 yaml_kvlist(struct buf *, const char *, char **, size_t);

/*
 * recop.c: what every writing program does to a record: set key=value
 * (checked, relative dates made absolute, references checked), change one
 * task item's status (TA_*: done stamps done:TODAY, the others remove the
 * stamp), and edit a copy in $VISUAL/$EDITOR.  Each prints the path (or
 * "path:line: [S] text" for a task) and returns 0 or a sysexits code
 * after a message.
 */
enum { TA_DONE, TA_START, TA_DROP, TA_REOPEN };
struct opts;
const char	*task_action_name(int);
int		 recop_set(struct journal *, const struct rec *, int, char **,
		    const struct opts *);
int		 recop_task(struct journal *, unsigned, const char *,
		    const char *, int, const struct opts *);
int		 recop_edit(struct journal *, const struct rec *,
		    const struct opts *);
int		 recop_rename(struct journal *, enum rtype, const char *,
		    const char *, const struct opts *);
/*
 * rename.c: a rename writes RENAME_INTENT before it starts and removes it
 * when done; rename_pending() reads one left by an interrupted rename (1,
 * with its type and ids as new strings; 0 when there is none; 2 when it
 * is empty, a rename killed before it changed anything; -1 after a
 * message when it cannot be read).
 */
#define RENAME_INTENT	".mentor-rename"
int		 rename_pending(struct journal *, enum rtype *, char **,
		    char **);
int		 recop_cmd(const struct sub *, struct journal *, enum rtype,
		    int, char **, const struct opts *);

/*
 * entryop.c: a planned entry written up is held; an entry whose date was
 * set moves to the name and year folder of that date (see entryop.c).
 */
int		 entry_unplan(const char *, const char *, size_t, char **,
		    size_t *, mdate);
int		 entry_follow_date(struct journal *, const char *, char **);

/*
 * personop.c: a prospect's answer (status, since, cadence when not NULL)
 * and the agreement reached (expectations and boundaries, bullets of
 * their sections), in one atomic write.
 */
struct answer {
	const char	*status, *since, *cadence;
	char		**expect, **boundary;
	size_t		 nexpect, nboundary;
};
int		 person_answer(struct journal *, const char *,
		    const struct answer *);

/*
 * merge.c: the three-way merge of a record (mentor-merge): data and len
 * hold the base, ours and theirs; the result goes to out.  Returns 0 and
 * the number of conflicts left (markers of the given length in the body,
 * commented ones in the front matter; each also named on stderr as
 * "NAME:LINE: conflict: ..."), or a sysexits code after a message.  A
 * side that is not a record makes it git's line merge of the whole.
 */
int		 merge_record(const char *const [3], const size_t [3], int,
		    const char *, struct buf *, int *);

/* goalop.c: a new milestone, a whole goal's status (see goalop.c). */
int		 goal_milestone(struct journal *, const char *, const char *,
		    unsigned *);
int		 goal_status(struct journal *, const char *, const char *, int,
		    mdate);

/*
 * edit.c: surgical edits and atomic writes (DESIGN.md §3).
 *
 * Each edit_* function writes into out the whole new file: doc->data with
 * exactly one change, every other byte as it was.  They return 0, or
 * EX_DATAERR/EX_USAGE with a message printed.  yaml_needs_quote() says
 * whether a scalar must be quoted to read back as the same string.
 */
#define EDIT_PLAIN	2	/* edit_set: one scalar, written unquoted */
int		 yaml_needs_quote(const char *);
void		 yaml_quote(const char *, struct buf *);
int		 edit_set(const struct doc *, const char *, const char *const *,
		    size_t, int, struct buf *);
int		 edit_unset(const struct doc *, const char *, struct buf *);
int		 edit_task_status(const struct doc *, const struct task *, int,
		    struct buf *);
int		 edit_task_stamp(const struct doc *, const struct task *,
		    const char *, mdate, struct buf *);
int		 edit_task_append(const struct doc *, const char *, int,
		    const char *, struct buf *);

/*
 * write.c: atomic, locked writes inside a journal (DESIGN.md §3).  Paths
 * are relative to the journal's folder (j->dirfd, opened once); the
 * folders on the way are opened without following links, a link is
 * followed only while it stays inside the journal (wpath.c), so a folder
 * swapped for a link meanwhile never takes a write out of it.  Messages
 * name files as the user sees them (journal_path).
 *
 * file_update() replaces the existing file rel: under "rel.lock" it reads
 * it, lets fn make the new bytes from the old, checks them (write_check)
 * and renames the lock over the file, keeping its mode.  fn owns the old
 * bytes; it returns 0 to write what it put in out, FILE_UNCHANGED to write
 * nothing, or a sysexits code after a message.  file_replace() writes the
 * bytes given; with expect it refuses (75) a file that no longer holds
 * exactly those.  file_create() writes a new file dir/stem+ext, or
 * stem-2+ext..., never over another (lock and link), making missing
 * folders; *made gets its path in the journal.  file_move() renames a
 * record under the exclusive journal lock, refusing an existing target.
 * All wait up to $MENTOR_LOCK_TIMEOUT seconds for a lock and return 0 or
 * a sysexits code after a message: 73 only when creating, 74 when a file
 * cannot be updated, 75 when a lock stays held, 65 when the check fails.
 *
 * write_begin() takes the journal lock (flock on its folder), shared, or
 * exclusive with excl or autocommit; calls nest, file_* make their own.
 * write_end() lets it go and, at the last, commits what was written
 * (write_note) in one commit, unless write_abandon() was called: 0, or 74
 * when the commit failed.  write_view() is the journal listed afresh
 * under the lock, until write_forget().  write_clear() removes a lock an
 * interrupted writer left, under a rename's lock.
 *
 * wcheck.c: write_check() refuses (65, with mentor-check's messages) a
 * record over RECORD_MAX, one that would not parse, and one with an error
 * of mentor-check that the old bytes (NULL for a new record) did not have.
 */
typedef int	(*file_update_fn)(void *, const char *, char *, size_t,
		    struct buf *);
#define FILE_UNCHANGED	(-1)
int		 file_update(struct journal *, const char *, file_update_fn,
		    void *);
int		 file_replace(struct journal *, const char *, const char *,
		    size_t, const char *, size_t);
int		 file_create(struct journal *, const char *, const char *,
		    const char *, const char *, size_t, char **);
int		 file_move(struct journal *, const char *, const char *);
int		 write_begin(struct journal *, int);
int		 write_end(struct journal *);
void		 write_note(struct journal *, const char *);
void		 write_abandon(struct journal *);
void		 write_forget(struct journal *);
void		 write_clear(struct journal *, const char *);
struct journal	*write_view(struct journal *);
int		 write_check(struct journal *, const char *, const char *,
		    const char *, size_t, const char *, size_t);
double		 lock_timeout(void);
#define LOCK_STALE	10	/* lock timeouts after which a lock is stale */

/*
 * format.c: output.
 *
 * utf8_width() is the display width of UTF-8 text (East Asian wide and
 * fullwidth characters 2, combining marks and zero-width 0, controls 0,
 * invalid bytes 1 each), independent of the locale; utf8_fit() is how many
 * bytes of a text fit in a width, cut between characters.  A table collects rows
 * of cells and prints them aligned by display width, the last column not
 * padded.  tsv_put() writes a field with \t, \n, \r and \\ escaped.  The
 * json writer produces compact, valid JSON with correct escaping; keys go
 * through json_key() which turns '-' into '_' (snake_case).
 */
enum fmt { FMT_NONE, FMT_TEXT, FMT_PATHS, FMT_TSV, FMT_JSON, FMT_JSONL,
	FMT_MD, FMT_HTML, FMT_ICS };
#define FMT_DOCS	FMT_HTML	/* this one and after: opts.docs */
int		 fmt_parse(const char *);
const char	*fmt_name(int);

size_t		 utf8_width(const char *, size_t);
size_t		 utf8_fit(const char *, size_t, size_t, size_t *);
int		 utf8_valid(const char *, size_t, size_t *);
int		 locale_utf8(void);

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
int		 color_parse(const char *);
int		 color_enabled(int, int);
size_t		 term_width(int);

struct table {
	size_t		 ncols;
	char		**head;		/* NULL for no header line */
	char		**cells;	/* rows * ncols strings, owned */
	const char	**colors;	/* SGR per cell or NULL, not owned */
	size_t		 nrows, alloc;
	int		 right[16];	/* columns aligned right */
	/*
	 * To fit width columns (0: no limit): flex columns are cut with an
	 * ellipsis first, then columns are left out, drop 1 first, then 2...
	 * (0: never); utf8 says whether the ellipsis is one character.
	 */
	size_t		 width;
	unsigned char	 flex[16], drop[16];
	int		 utf8;
};
void		 table_init(struct table *, size_t, const char *const *);
void		 table_add(struct table *, const char *const *);
void		 table_color(struct table *, size_t, const char *);
void		 table_print(struct table *, FILE *, int);
void		 table_release(struct table *);

void		 tsv_put(FILE *, const char *);
void		 tsv_row(FILE *, const char *const *, size_t);

struct json {
	FILE	*f;
	int	 depth;
	int	 first[YAML_DEPTH_MAX * 2 + 8];	/* no comma before next */
};
void		 json_init(struct json *, FILE *);
void		 json_obj(struct json *);
void		 json_obj_end(struct json *);
void		 json_arr(struct json *);
void		 json_arr_end(struct json *);
void		 json_key(struct json *, const char *);
void		 json_key_raw(struct json *, const char *);
void		 json_str(struct json *, const char *);
void		 json_strn(struct json *, const char *, size_t);
void		 json_int(struct json *, long long);
void		 json_bool(struct json *, int);
void		 json_null(struct json *);
void		 json_date(struct json *, mdate);
void		 json_end(struct json *);	/* newline after a document */
void		 json_escape(FILE *, const char *, size_t);	/* no quotes */

void		 path_put(FILE *, const char *, int);	/* \n or \0 */

/*
 * opts.c: the options every program shares (DESIGN.md §3).
 */
struct opts {
	const char	*C;		/* -C DIR */
	int		 fmt;		/* FMT_NONE until -f */
	int		 nul;		/* -0 */
	int		 quiet;		/* -q */
	int		 color;		/* --color */
	int		 no_header;	/* --no-header */
	int		 icase;		/* -i: --grep ignores case */
	int		 reverse;	/* -r */
	long		 limit;		/* -n N, or -1 */
	unsigned	 docs;		/* 1 << FMT_HTML...: also printed */
	/* html's prose as HTML (md_to_html), or NULL: plain text */
	int		(*markdown)(const char *, size_t, struct buf *);
	const char	*fmt_arg, *color_arg, *limit_arg;	/* as given */
};
/* The bits opts_listing sets in seen, for checking who takes them. */
#define O_I	(1U << 29)
#define O_R	(1U << 30)
#define O_N	(1U << 31)
void		 opts_init(struct opts *);
int		 opts_common(struct opts *, int, const char *);
int		 opts_listing(struct opts *, int, const char *, unsigned *);
int		 opts_fmt(const struct opts *, int);
void		 print_version(void);

/* Long-option values shared by the programs (beyond any char). */
enum {
	OPT_COLOR = 256, OPT_NO_HEADER, OPT_VERSION, OPT_FIRST_LOCAL = 300
};
#define COMMON_SHORT	"0C:f:hq"
#define LISTING_SHORT	"in:r"
#define COMMON_LONG							\
	{ "color",	optional_argument, NULL, OPT_COLOR },		\
	{ "directory",	required_argument, NULL, 'C' },			\
	{ "format",	required_argument, NULL, 'f' },			\
	{ "help",	no_argument,	   NULL, 'h' },			\
	{ "no-header",	no_argument,	   NULL, OPT_NO_HEADER },	\
	{ "null",	no_argument,	   NULL, '0' },			\
	{ "quiet",	no_argument,	   NULL, 'q' },			\
	{ "version",	no_argument,	   NULL, OPT_VERSION }

#endif /* MENTOR_H */
