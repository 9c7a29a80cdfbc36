/*
 * The reports of mentor-report, one module a report (lib/report/),
 * each computing its result over the model as the scan hands out entries
 * and then describing it once to the renderer.  Include after mentor.h,
 * model.h and render.h.
 */
#ifndef MENTOR_REPORT_H
#define MENTOR_REPORT_H

/*
 * What every report knows: the journal and what the scan read of it (its
 * people and goals, after scan_run), today, the period asked for, the
 * --with person (a full id) and whether records were given: then only the
 * people and goals given (or named by the entries given: the scan marks
 * them) are reported.
 */
struct rctx {
	struct journal		*j;
	const struct scan	*s;
	mdate			 today;
	struct period		 per;
	const char		*with;
	int			 share;
	int			 given;
	int			 fmt;	/* the output's (FMT_*), 0 for any */
};

/*
 * A report: its name, what its entries need read (SCAN_NOTES), and its
 * steps: new() makes its state, entry() takes each entry (in journal
 * order; it may keep nothing of it), print() describes the result and
 * returns the rows it reported (for -q), free() ends it.  A program
 * report (over many journals) is the summary's numbers a journal.
 */
struct report {
	const char	*name;
	unsigned	 scan;
	void		*(*new)(const struct rctx *);
	void		 (*entry)(void *, const struct rctx *,
			    const struct entry *);
	size_t		 (*print)(void *, const struct rctx *, struct out *);
	void		 (*free)(void *);
};

extern const struct report report_summary, report_progress, report_cadence,
	report_actions, report_skills, report_wins, report_agenda,
	report_timeline, report_due, report_all;
const struct report *report_find(const char *);
extern const char report_names[];

/* common.c: what several reports compute alike. */
int		 in_period(const struct period *, mdate);
int		 concerns(const struct entry *, const char *);
int		 goal_shown(const struct rctx *, const struct goal *);
int		 person_shown(const struct rctx *, const struct person *);
int		 expected_in(const struct person *, const struct period *,
		    mdate);
int		 held_in(const struct person *, const struct period *);
int		 longest_gap(const struct person *, const struct period *,
		    mdate);
int		 streak(const struct person *);
int		 ms_done_in(const struct item *, const struct period *);
const char	*item_who(const struct rctx *, const struct entry *,
		    const struct item *);
const char	*who_name(const struct rctx *, const char *);
int		 item_open_for(const struct rctx *, const struct entry *,
		    const struct item *);
char		*plain(const char *);
const char	*period_words(char *, size_t, const struct period *);
void		 report_title(const struct rctx *, struct out *,
		    const char *, int);
void		 report_begin(const struct rctx *, struct out *,
		    const char *, const char *const *, size_t);

/* Open action items as the actions, agenda and timeline reports keep them. */
struct aitem {
	const char	*who, *entry, *path, *text;
	unsigned	 line;
	int		 status, overdue, private;
	mdate		 date, due;
};
void		 aitem_put(struct buf *, const char *, const struct entry *,
		    const struct item *);
void		 aitem_get(const void *, const struct journal *, struct buf *,
		    struct aitem *);
void		 aitem_out(struct out *, const struct rctx *,
		    const struct aitem *, int, const char *);

/*
 * What a spool's callback prints with: the output, the report's context,
 * the path eref_get or aitem_get makes for each record, and a line.
 */
struct rprint {
	struct out		*o;
	const struct rctx	*rc;
	struct buf		 path, line;
};

/*
 * An entry and one text of it (its title, a note), as a spool keeps it:
 * its place in the journal, not its path, which eref_get makes in pb
 * (with pb NULL, it makes none).
 */
struct eref {
	mdate		 date;
	const char	*id, *path, *text;
};
void		 eref_put(struct buf *, const struct entry *, const char *);
void		 eref_get(const void *, const struct journal *, struct buf *,
		    struct eref *);

/* program.c: the coordinator's view over many journals. */
size_t		 report_program(char *const *, size_t, const struct opts *,
		    const char *, const char *, const char *, mdate, int *);

/* changes.c: what happened between two commits (mentor-report changes). */
size_t		 report_changes(const char *, const struct opts *, mdate, int,
		    int *);

#endif /* MENTOR_REPORT_H */
