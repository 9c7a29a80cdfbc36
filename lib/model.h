/*
 * The journal as every program reads it: typed people, goals and entries
 * built from parsed records in one place (model.c), and the one walk over
 * the journal that every reader uses (scan.c).  Include after mentor.h.
 */
#ifndef MENTOR_MODEL_H
#define MENTOR_MODEL_H

/*
 * The values of the enum fields, in the order schema.c lists them (a
 * unit test holds the two together).  A field that is absent or holds a
 * value the tools do not know reads as -1; its text is kept as written.
 */
enum { ROLE_MENTOR, ROLE_MENTEE, ROLE_PEER };
enum { REL_FORMAL, REL_INFORMAL, REL_TRADITIONAL, REL_PEER, REL_REVERSE,
	REL_GROUP, REL_VIRTUAL };
enum { PS_PROSPECT, PS_CONTACTED, PS_ACTIVE, PS_PAUSED, PS_ENDED };
enum { CH_IN_PERSON, CH_VIDEO, CH_PHONE, CH_EMAIL, CH_CHAT };
enum { TERM_SHORT, TERM_LONG };
enum { GS_ACTIVE, GS_PAUSED, GS_DONE, GS_DROPPED };
enum { EK_CHECKIN, EK_MEETING, EK_FEEDBACK, EK_NOTE, EK_WIN,
	EK_REFLECTION };

/*
 * A task item of a model: a goal's milestone or an entry's action item.
 * text is NULL when --share holds it back (an item of a private entry).
 */
struct item {
	unsigned	 line;
	int		 status;	/* TASK_* ('X' reads as 'x') */
	const char	*text;
	mdate		 due, done;	/* DATE_NONE when absent */
	const char	**people;	/* @ids */
	size_t		 npeople;
	const char	**tags;		/* #tags */
	size_t		 ntags;
	int		 overdue;	/* open or started, live, due passed */
};

struct rating {
	const char	*skill;
	int		 value;		/* 1 to 5 */
};

/*
 * A person.  The record's fields as read; then what the entries say of
 * them (last, planned: the first check-in planned from today on, dates:
 * check-ins held, sorted, when the scan keeps them, SCAN_DATES), and
 * what follows as of today (model_finish): tracked (status active), the
 * cadence in force (their own or mentor.yaml's), next_due, late (from when
 * overdue days count), overdue_days, and followup for a prospect.
 */
struct person {
	struct arena	 mem;		/* owns every string below */
	const char	*id, *rel, *path;
	int		 given;		/* named by the records given */
	const char	*name, *field, *known_for, *connection, *contact;
	const char	*author;
	const char	*role, *relationship, *status, *channel;
	int		 role_v, relationship_v, status_v, channel_v;
	const char	**areas, **tags;
	size_t		 nareas, ntags;
	mdate		 since, contacted;
	const char	*cadence;	/* as written */
	const char	*expectations, *boundaries;	/* sections, or NULL */
	/* From the entries. */
	mdate		 last, last_entry, planned;
	mdate		*dates;
	size_t		 ndates, adates;
	/* As of today. */
	int		 tracked, has_cad;
	const char	*cadence_used;
	struct cadence	 cad;
	mdate		 next_due, late, followup;
	int		 overdue_days;
};

/*
 * A goal, with its milestones and what they make of it as of today
 * (DESIGN.md §2 "Overdue, next, progress"): next is the index of the next
 * milestone, or -1.
 */
struct goal {
	struct arena	 mem;
	const char	*id, *rel, *path;
	int		 given;
	const char	*title;		/* the title key, else the id */
	const char	*term, *status;	/* status "active" when absent */
	int		 term_v, status_v;
	const char	*mentor, *author;
	mdate		 created, due;
	mdate		 done_on, dropped_on;	/* with status done, dropped */
	const char	**skills, **tags;
	size_t		 nskills, ntags;
	struct item	*ms;
	size_t		 nms;
	int		 live;		/* status active */
	int		 done, total;	/* total leaves dropped ones out */
	int		 noverdue, overdue, next;
};

/*
 * An entry.  title is the title key (titled), else the first heading or
 * line of the body; kind is "note" when absent.  planned: it is not held
 * (yet): planned: true, or dated after today.  With --share a title
 * that is prose becomes the id, and a private entry keeps its numbers but
 * no id, path, title or text (all NULL).  feedback and enc are read only
 * when the scan asks for notes (SCAN_NOTES).  An entry is one block of
 * memory (see entry_pack), the strings with it.
 */
struct entry {
	const char	*id, *rel, *path;
	const char	*title;
	int		 titled;
	mdate		 date;
	const char	*kind;
	int		 kind_v;
	const char	**with, **goals, **tags;
	size_t		 nwith, ngoals, ntags;
	const char	*duration, *author;
	struct rating	*ratings;
	size_t		 nratings;
	int		 private;
	int		 planned;
	struct item	*items;
	size_t		 nitems;
	const char	*feedback;
	const char	**enc;
	size_t		 nenc;
};

/*
 * model.c: the one place that reads fields.  Each builder reads a parsed
 * record and reports what it cannot use to cx (a named check at the
 * place, DESIGN.md §3: unknown enum values, bad dates, cadences,
 * durations and ratings, wrong shapes, missing required fields, dangling
 * references, bad task tokens), using the rest.  The journal must be
 * listed (validate_prepare) before builders run on several threads.
 */
#define MODEL_NOTES	0x1	/* entries: read feedback and encouragement */
#define MODEL_SHARE	0x2	/* hold back prose and private entries */
struct vctx;
struct person	*model_person(const struct doc *, const struct rec *,
		    const char *, struct vctx *);
struct goal	*model_goal(const struct doc *, const struct rec *,
		    const char *, mdate, struct vctx *);
struct entry	*model_entry(struct doc *, const struct rec *, const char *,
		    mdate, unsigned, struct vctx *);
void		 model_settings(const struct doc *, struct settings *,
		    struct vctx *);
void		 model_check(struct doc *, const struct rec *, mdate,
		    struct vctx *);
void		 person_free(struct person *);
void		 goal_free(struct goal *);
void		 entry_free(struct entry *);
int		 person_covers(const struct person *, const char *);
int		 strv_has(const char *const *, size_t, const char *);

/*
 * checkin.c: what a person's entries say of them.  The scan hands each
 * entry with them to person_see (keeping each check-in's date with
 * SCAN_DATES), then person_finish works out, as of today, a prospect's
 * follow-up and the next check-in due.
 */
int		 person_prospect(const struct person *);
int		 entry_checkin(const struct entry *);
int		 entry_held(const struct entry *);
void		 person_see(struct person *, const struct entry *, mdate, int);
void		 person_finish(struct person *, const struct settings *,
		    mdate);

/*
 * scan.c: the one walk over a journal (or over the records given), for
 * every reader.  It reads people, then goals (keeping both, by id), then
 * entries a year folder at a time, parsing on every core, and hands each
 * entry to s->entry in journal order (by date, then id; the records given
 * in their order unless SCAN_SORT), freeing it after.  People learn their
 * check-ins from the entries handed out; model_finish-like state is set
 * when scan_run returns.
 *
 * A record that cannot be read gets "PROG: path:line:col: message" on
 * stderr, the rest are still read, and scan_run returns 65 (74 for an
 * I/O error); a problem in a record that reads gets one "warning:" line
 * naming the check, and the record is used as far as it can be.  With
 * s->diags set, the problems of each record that has any go there
 * instead, with its status of reading and why (mentor-check prints its
 * own way); a parse error is among them as a C_SYNTAX problem.
 *
 * s->keep, when set, runs on any thread for each record that reads, with
 * its model (a person, goal or entry, as r->type says) and its doc: 0
 * drops it (filters, such as --grep).  s->look, when set, runs
 * on any thread for every record that parses (mentor-check's checks), and
 * may add to cx.  s->ready, when set, runs once the people and goals are
 * read, before the first entry.  A callback may set s->stop to end the
 * walk early.
 */
#define SCAN_NOTES	MODEL_NOTES
#define SCAN_SHARE	MODEL_SHARE
#define SCAN_SORT	0x4	/* the records given, in journal order */
#define SCAN_BY_ID	0x8	/* entries by id, not by date (mentor-check) */
#define SCAN_GIVEN_ONLY	0x20	/* with records given, nothing else: they
				   come in the order given, people too, and
				   no check-ins are counted (mentor-check) */
#define SCAN_DATES	0x40	/* people keep each check-in's date (for
				   held_in, longest_gap, streak and the
				   cadence calendar): 4 bytes a check-in */
struct scan {
	struct journal		*j;
	mdate			 today;
	unsigned		 flags;
	const struct reclist	*only;		/* records given, or NULL */
	const int		*enabled;	/* checks: reader_checks */
	void			*ctx;
	int			(*keep)(void *, const struct rec *, void *,
				    const struct doc *);
	void			(*look)(void *, const struct rec *,
				    const struct doc *, struct vctx *);
	void			(*ready)(void *);
	void			(*entry)(void *, const struct entry *);
	void			(*diags)(void *, const char *, struct vctx *,
				    int, const struct doc_error *);
	int			 reverse;
	int			 stop;
	int			 entries_given;	/* entries were among them */
	/* What it read. */
	struct person		**people;
	size_t			 npeople;
	struct goal		**goals;
	size_t			 ngoals;
	size_t			 nrecords;	/* records read, well or not */
	int			 status;
};
void		 scan_init(struct scan *, struct journal *, mdate);
int		 scan_run(struct scan *);
void		 scan_release(struct scan *);
struct person	*scan_person(const struct scan *, const char *);
struct goal	*scan_goal(const struct scan *, const char *);
int		 scan_threads(void);

/*
 * outreach.c: a message to a prospect, in Markdown, from what the scan
 * read: the first one, or (followup) the follow-up to the first; its
 * subject and its body, appended to the two bufs.
 */
void		 outreach_message(const struct scan *, const struct person *,
		    int, struct buf *, struct buf *);

/*
 * personview.c: mentor-people show, the person with that id in format
 * fmt (text, json or md); returns the scan's status.
 */
struct opts;
int		 person_show(struct journal *, const char *, mdate, int,
		    const struct opts *);

#endif /* MENTOR_MODEL_H */
