/*
 * gen-journal: write a large, realistic, deterministic journal for the
 * benchmarks (DESIGN.md §1-2).  The same arguments always give the same
 * bytes: every choice comes from one seeded PRNG, never from the clock or
 * the file system.  Plain C and libc only, so it builds without libmentor.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <sys/stat.h>
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define PICK(a)		((a)[rnd(NELEM(a))])
#define SLUG_MAX	60
#define LAST_YEAR	2026

/* Word lists.  Plain scalars in YAML: no ": ", no " #", no leading '-'. */
struct name {
	const char	*text;		/* as written, UTF-8 */
	const char	*slug;		/* folded to ASCII, lowercase */
};

/* dir/name in a new string (asprintf is not POSIX). */
static char *
join(const char *dir, const char *name)
{
	size_t	 n = strlen(dir) + 1 + strlen(name) + 1;
	char	*s;

	if ((s = malloc(n)) == NULL)
		err(EX_OSERR, "out of memory");
	snprintf(s, n, "%s/%s", dir, name);
	return s;
}

static const struct name firsts[] = {
	{ "Jane", "jane" }, { "Sam", "sam" }, { "Maria", "maria" },
	{ "Tom", "tom" }, { "Priya", "priya" }, { "Morgan", "morgan" },
	{ "José", "jose" }, { "Aisha", "aisha" }, { "Lukas", "lukas" },
	{ "Chen", "chen" }, { "Fatima", "fatima" }, { "Olu", "olu" },
	{ "Søren", "soren" }, { "Hannah", "hannah" }, { "Kenji", "kenji" },
	{ "Zoë", "zoe" }, { "Ravi", "ravi" }, { "Elena", "elena" },
	{ "Marcus", "marcus" }, { "Ingrid", "ingrid" }, { "Diego", "diego" },
	{ "Amara", "amara" }, { "Noah", "noah" }, { "Leila", "leila" },
	{ "Björn", "bjorn" }, { "Grace", "grace" }, { "Tariq", "tariq" },
	{ "Yuki", "yuki" }, { "Camille", "camille" }, { "Ahmed", "ahmed" },
	{ "Nora", "nora" }, { "Pablo", "pablo" }, { "Irene", "irene" },
	{ "Kwame", "kwame" }, { "Lena", "lena" }, { "Omar", "omar" },
};
static const struct name lasts[] = {
	{ "Smith", "smith" }, { "Lee", "lee" }, { "Garcia", "garcia" },
	{ "Becker", "becker" }, { "Patel", "patel" }, { "Nguyen", "nguyen" },
	{ "Müller", "muller" }, { "Okafor", "okafor" }, { "Núñez", "nunez" },
	{ "Kowalski", "kowalski" }, { "Haddad", "haddad" }, { "Tanaka", "tanaka" },
	{ "Johansson", "johansson" }, { "Dubois", "dubois" },
	{ "Rossi", "rossi" }, { "Mensah", "mensah" }, { "O'Brien", "o-brien" },
	{ "Schmidt", "schmidt" }, { "Costa", "costa" }, { "Ivanova", "ivanova" },
	{ "Park", "park" }, { "Silva", "silva" }, { "Andersen", "andersen" },
	{ "Fernández", "fernandez" }, { "Khan", "khan" }, { "Walsh", "walsh" },
	{ "Moreau", "moreau" }, { "Yilmaz", "yilmaz" }, { "Brown", "brown" },
	{ "Wójcik", "wojcik" }, { "Ahmed", "ahmed" }, { "Clarke", "clarke" },
};
static const char *const owners[] = {
	"Alex Doe", "Robin Hale", "Kim Varga", "Jo Marsh", "Sasha Ortiz",
};
static const char *const skills[] = {
	"public-speaking", "delegation", "sql", "stakeholder-management",
	"writing", "leadership", "negotiation", "feedback", "data-modelling",
	"hiring", "prioritisation", "confidence", "communication", "python",
	"facilitation", "planning", "coaching", "product-sense",
	"time-management", "presentation",
};
static const char *const tags[] = {
	"kick-off", "career", "webinar", "retro", "data", "leadership",
	"one-on-one", "reading", "conference", "team", "hiring", "process",
	"writing", "ideas", "travel", "wins", "focus", "q1", "q3",
};
static const char *const topics[] = {
	"the quarterly roadmap", "the churn report", "window functions",
	"the meetup talk", "the webinar outline", "stakeholder mapping",
	"delegation", "the sprint demo", "the on-call handover",
	"the architecture review", "hiring loops", "the budget proposal",
	"our data model", "the migration plan", "code review habits",
	"the team offsite", "saying no", "giving feedback",
	"the promotion packet", "the onboarding guide", "public speaking",
	"the Q3 retrospective", "the incident review",
	"the dashboard redesign", "pairing sessions", "the conference abstract",
	"time blocking", "the reading group", "the API deprecation",
	"the customer interviews", "the pricing experiment", "the design doc",
	"the release checklist", "mentoring the new hire",
	"the survey results", "the career ladder", "the café meetup",
	"the naïve forecast", "the Zürich workshop", "the résumé update",
	"the performance review", "the SQL study plan", "the data pipeline",
	"the analytics guild talk", "running totals", "cohort analysis",
	"the board update", "negotiating scope", "the team charter",
	"writing skills", "the tech talk", "the postmortem", "the OKR draft",
	"the vendor evaluation", "the test strategy", "the launch plan",
	"the user research", "the accessibility audit", "the cost review",
	"the A/B test", "the handover notes", "the style guide",
	"the knowledge base", "the mentoring circle", "the exec summary",
	"the town hall", "the hackathon", "the Kafka rollout",
	"the warehouse cleanup", "the forecasting model",
};
static const char *const kinds[] = {
	"check-in", "meeting", "feedback", "note", "win", "reflection"
};
/* Title templates a kind: %F a first name, %t a topic, %T capitalised. */
static const char *const title_tpl[6][6] = {
	{ "Check-in with %F", "%T check-in", "Weekly check-in",
	  "Monthly check-in with %F", "Catch-up with %F on %t",
	  "Check-in: %t" },
	{ "Meeting with %F about %t", "%T review with %F",
	  "Kick-off with %F", "Planning session: %t", "%T working session",
	  "Walkthrough of %t" },
	{ "Feedback on %t", "%F's feedback on %t", "Review of %t",
	  "Debrief: %t", "Feedback from %F", "Notes from the %t review" },
	{ "Notes on %t", "Reading notes: %t", "Idea for %t", "%T",
	  "Questions about %t", "Draft plan for %t" },
	{ "Win: %t", "Shipped %t", "Finished %t", "Good news on %t",
	  "%T went well", "Praise for %t" },
	{ "Reflection on %t", "What I learned from %t", "Why %t matters",
	  "Looking back at %t", "Why I avoid %t", "%T, a month later" },
};
static const char *const goal_verbs[] = {
	"Master", "Get better at", "Learn", "Lead", "Improve", "Own",
	"Run", "Practise", "Understand", "Speak confidently about",
	"Teach", "Simplify",
};
static const char *const goal_objects[] = {
	"SQL window functions", "public speaking", "stakeholder reviews",
	"a team of five", "the quarterly roadmap", "hiring interviews",
	"written proposals", "negotiation with vendors", "data modelling",
	"incident reviews", "the budget cycle", "cross-team planning",
	"giving hard feedback", "the product strategy", "Python for analysis",
	"workshop facilitation", "the on-call rotation", "the design review",
	"the analytics guild", "time management", "coaching new hires",
	"executive updates", "conference talks", "the data platform",
	"delegation", "prioritisation", "the release process",
	"user research", "career conversations", "the team's onboarding",
};
static const char *const fields[] = {
	"Marketing", "Engineering management", "Data engineering",
	"Product management", "Design", "Finance", "Sales", "Research",
	"Operations", "Security", "Developer relations", "Analytics",
	"Customer success", "People operations",
};
static const char *const known_for[] = {
	"Cutting-edge campaigns", "Growing a platform team from 5 to 40 people",
	"Query tuning on the warehouse team",
	"Stakeholder workshops that end with a decision",
	"Clear writing about hard trade-offs", "Calm incident command",
	"Hiring loops that candidates praise", "The best quarterly reviews",
	"Turning research into roadmaps", "Talks that people quote",
	"Pricing experiments", "A famous onboarding guide",
};
static const char *const connections[] = {
	"Speaker at a recent workshop", "Alumni from my university",
	"Introduced by my manager", "Sits two desks away",
	"Met at the data conference", "Through the company mentoring programme",
	"Former teammate", "Found through the community forum",
	"Ran the course I took last spring", "Friend of a friend",
};
static const char *const durations[] = {
	"30m", "45m", "1h", "1h30m", "90", "20m", "2h", "50min", "1h 15m",
};
static const char *const words[] = {
	"the", "team", "plan", "we", "agreed", "to", "move", "slides", "draft",
	"next", "week", "review", "question", "data", "stakeholders", "talk",
	"feedback", "clear", "structure", "time", "a", "an", "of", "for",
	"with", "and", "but", "so", "because", "after", "before", "meeting",
	"goal", "milestone", "report", "query", "numbers", "story", "audience",
	"practice", "confidence", "manager", "project", "deadline", "scope",
	"risk", "early", "late", "small", "better", "worse", "first", "last",
	"again", "still", "already", "maybe", "really", "quite", "often",
	"rarely", "should", "could", "would", "will", "need", "want", "try",
	"ask", "send", "share", "write", "read", "prepare", "delegate", "own",
	"hand", "over", "focus", "habit", "energy", "calendar", "notes",
	"example", "context", "decision", "trade-off", "roadmap", "quarter",
	"sprint", "demo", "dashboard", "metric", "churn", "growth", "budget",
	"hiring", "interview", "process", "tool", "workshop", "webinar",
	"conference", "café", "naïve", "déjà", "vu", "résumé", "smörgåsbord",
	"it", "is", "was", "felt", "seemed", "worked", "failed", "helped",
	"surprised", "me", "them", "us", "our", "my", "their", "this", "that",
	"one", "two", "three", "every", "some", "more", "less", "most",
	"on", "in", "at", "by", "from", "about", "like", "than", "then",
};
static const char *const agenda_items[] = {
	"Follow up on last time's action items", "Review the %t draft",
	"Questions about %t", "Next step for %t", "Blockers this week",
	"Feedback on %t", "Plan for the coming month",
	"What went well since we last met", "Where I am stuck with %t",
	"Priorities for the quarter",
};
static const char *const actions[] = {
	"Send the draft of %t", "Book a slot for %t", "Read the chapter on %t",
	"Write up notes on %t", "Ask for feedback on %t",
	"Schedule a dry run of %t", "Share the slides for %t",
	"Update the plan for %t", "Prepare questions about %t",
	"Review %t", "Draft an outline for %t", "Collect examples of %t",
};
static const char *const fb_well[] = {
	"Went well: clear structure and a calm pace.",
	"Went well: good eye contact, and the opening story worked.",
	"Went well: the numbers were right and easy to follow.",
	"Went well: you asked for help early.",
};
static const char *const fb_improve[] = {
	"To improve: slides too dense; one idea a slide.",
	"To improve: answer the question that was asked before adding context.",
	"To improve: the demo ran long; cut it to five minutes.",
	"To improve: say no sooner, and say why.",
};
static const char *const fb_enc[] = {
	"Encouragement: you are ready for a bigger room.",
	"Encouragement: this is the progress we hoped for.",
	"Encouragement: keep the weekly habit, it shows.",
};
static const char *const code_sql[] = {
	"SELECT customer_id,",
	"       SUM(amount) OVER (PARTITION BY region ORDER BY day) AS running",
	"FROM orders",
	"WHERE day >= DATE '2026-01-01'",
	"ORDER BY customer_id;",
};
static const char *const code_md[] = {
	"## Example agenda",
	"- [ ] an example item, not a task of this entry",
	"- one topic",
	"- another topic",
	"Notes go here.",
};
static const char *const expectations[] = {
	"45 minutes every other week; I send the agenda the day before.",
	"I come with one concrete question and one piece of work.",
	"Action items go in the notes within a day of the call.",
	"Six months to start with, then we review whether to go on.",
	"One hour a month over lunch, plus short questions in chat.",
	"We both give and take: I review slides in return.",
};
static const char *const boundaries[] = {
	"What we discuss stays between us.",
	"Email for anything that can wait.",
	"No calls after 19:00 or at weekends.",
	"Advice, not introductions to clients.",
	"Either of us can skip a month when a release is due.",
};
static const char *const comments[] = {
	"# copied from my paper notebook", "# filled in the day after",
	"# see also the shared notes", "# rescheduled once",
};
/* Cadences of every form DESIGN.md §2 allows, used in turn. */
static const char *const cadences[] = {
	"weekly", "biweekly", "monthly", "quarterly", "every 10 days",
	"every 2-3 weeks", "every 3 weeks",
};

/* The record being built: one buffer, written with one write(2). */
struct out {
	char	*p;
	size_t	 len, cap;
};
static struct out ob, crlf;

struct person {
	char	*name;
	char	*id;
	const char *first;
	int	 role;		/* 0 mentor, 1 peer, 2 mentee */
	int	 status;	/* index into person_status */
};
static const char *const person_role[] = { "mentor", "peer", "mentee" };
static const char *const person_status[] = {
	"prospect", "contacted", "active", "paused", "ended"
};

struct goal {
	char	*id;
	int	 created;
};

/* Ids already used, so the next one of the same name gets -2, -3... */
struct idset {
	char	**v;
	size_t	 cap;		/* a power of two */
};

/* Strings that live until the end: one block after another. */
struct chunk {
	struct chunk	*next;
	size_t		 used;
	char		 data[1 << 16];
};
static struct chunk *arena;

static uint64_t		 rng;
static int		 vflag;
static struct person	*people;
static size_t		 npeople;
static struct goal	*goals;
static size_t		 ngoals;
static const char	*owner;
static int		 span_first, span_last;	/* days since 1970 */

static void __attribute__((__noreturn__))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: gen-journal [-hv] [-p people] [-s seed] entries "
	    "directory\n");
	exit(status ? EX_USAGE : 0);
}

/* splitmix64: small, fast, and the same on every platform. */
static uint64_t
next64(void)
{
	uint64_t	 z;

	z = (rng += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* A number in [0, n), n > 0. */
static unsigned
rnd(unsigned n)
{
	return (unsigned)(((next64() >> 32) * (uint64_t)n) >> 32);
}

/* True about per out of 1000 times. */
static int
chance(unsigned per)
{
	return rnd(1000) < per;
}

static void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n)) == NULL)
		err(EX_OSERR, "out of memory");
	return p;
}

static char *
save(const char *s, size_t n)
{
	struct chunk	*c = arena;
	char		*p;

	if (n + 1 > sizeof(c->data))
		errx(EX_SOFTWARE, "string too long");
	if (c == NULL || c->used + n + 1 > sizeof(c->data)) {
		c = xmalloc(sizeof(*c));
		c->next = arena;
		c->used = 0;
		arena = c;
	}
	p = c->data + c->used;
	memcpy(p, s, n);
	p[n] = '\0';
	c->used += n + 1;
	return p;
}

static void
grow(struct out *o, size_t more)
{
	if (o->len + more <= o->cap)
		return;
	while (o->len + more > o->cap)
		o->cap = o->cap ? o->cap * 2 : 8192;
	if ((o->p = realloc(o->p, o->cap)) == NULL)
		err(EX_OSERR, "out of memory");
}

static void
putn(const char *s, size_t n)
{
	grow(&ob, n);
	memcpy(ob.p + ob.len, s, n);
	ob.len += n;
}

static void
put(const char *s)
{
	putn(s, strlen(s));
}

static void
putch(int c)
{
	grow(&ob, 1);
	ob.p[ob.len++] = (char)c;
}

static void
putu(unsigned v)
{
	char	 t[16];
	size_t	 i = sizeof(t);

	do
		t[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	putn(t + i, sizeof(t) - i);
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void
ymd(int days, int *y, int *m, int *d)
{
	int		 z = days + 719468, era, yy;
	unsigned	 doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yy + (*m <= 2);
}

static int
days_from(int y, int m, int d)
{
	int		 era;
	unsigned	 yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int)doe - 719468;
}

static void
fmt_date(int days, char s[11])
{
	int	 y, m, d;

	ymd(days, &y, &m, &d);
	s[0] = (char)('0' + y / 1000);
	s[1] = (char)('0' + y / 100 % 10);
	s[2] = (char)('0' + y / 10 % 10);
	s[3] = (char)('0' + y % 10);
	s[4] = '-';
	s[5] = (char)('0' + m / 10);
	s[6] = (char)('0' + m % 10);
	s[7] = '-';
	s[8] = (char)('0' + d / 10);
	s[9] = (char)('0' + d % 10);
	s[10] = '\0';
}

static void
putdate(int days)
{
	char	 s[11];

	fmt_date(days, s);
	putn(s, 10);
}

/*
 * The slug of an ASCII or Latin-1 title, as slug_make() in lib/slug.c
 * makes it for the letters these word lists use.
 */
static size_t
slugify(const char *t, char *out)
{
	static const struct {
		const char	*utf8;
		const char	*ascii;
	} fold[] = {
		{ "á", "a" }, { "à", "a" }, { "â", "a" }, { "ä", "a" },
		{ "å", "a" }, { "é", "e" }, { "è", "e" }, { "ê", "e" },
		{ "ë", "e" }, { "í", "i" }, { "ï", "i" }, { "ó", "o" },
		{ "ö", "o" }, { "ø", "o" }, { "ú", "u" }, { "ü", "u" },
		{ "ñ", "n" }, { "ç", "c" }, { "ß", "ss" },
	};
	const unsigned char *s = (const unsigned char *)t;
	const char	*f;
	char		 one[2] = { 0, 0 };
	size_t		 len = 0, i;
	int		 dash = 0;

	while (*s != '\0' && len <= SLUG_MAX) {
		f = NULL;
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')) {
			one[0] = (char)*s++;
			f = one;
		} else if (*s >= 'A' && *s <= 'Z') {
			one[0] = (char)(*s++ - 'A' + 'a');
			f = one;
		} else if (*s >= 0x80) {
			for (i = 0; i < NELEM(fold); i++)
				if (s[0] == (unsigned char)fold[i].utf8[0] &&
				    s[1] == (unsigned char)fold[i].utf8[1])
					break;
			if (i < NELEM(fold))
				f = fold[i].ascii;
			s++;
			while ((*s & 0xC0) == 0x80)
				s++;
		} else
			s++;
		if (f == NULL) {
			dash = 1;
			continue;
		}
		if (dash && len > 0)
			out[len++] = '-';
		dash = 0;
		for (; *f != '\0'; f++)
			out[len++] = *f;
	}
	if (len > SLUG_MAX) {
		len = SLUG_MAX;
		if (out[len - 1] == '-')
			len--;
	}
	if (len == 0) {
		memcpy(out, "note", 4);
		len = 4;
	}
	out[len] = '\0';
	return len;
}

static uint64_t
hash(const char *s)
{
	uint64_t	 h = UINT64_C(1469598103934665603);

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
	return h;
}

static void
idset_init(struct idset *set, size_t n)
{
	set->cap = 64;
	while (set->cap < 2 * n)
		set->cap *= 2;
	if ((set->v = calloc(set->cap, sizeof(*set->v))) == NULL)
		err(EX_OSERR, "out of memory");
}

/* Add base, or base-2, base-3...: the first that is free; return it. */
static char *
idset_take(struct idset *set, const char *base)
{
	char	 id[128];
	size_t	 i, blen = strlen(base);
	int	 k = 1;

	memcpy(id, base, blen + 1);
	for (;;) {
		for (i = hash(id) & (set->cap - 1); set->v[i] != NULL;
		    i = (i + 1) & (set->cap - 1))
			if (strcmp(set->v[i], id) == 0)
				break;
		if (set->v[i] == NULL) {
			set->v[i] = save(id, strlen(id));
			return set->v[i];
		}
		snprintf(id + blen, sizeof(id) - blen, "-%d", ++k);
	}
}

/* Write the buffer as a new file, CRLF line ends when asked: one write. */
static void
emit(int dirfd, const char *dir, const char *name, int crlfflag)
{
	const char	*p = ob.p;
	size_t		 n = ob.len, i;
	ssize_t		 w;
	int		 fd;

	if (crlfflag) {
		crlf.len = 0;
		grow(&crlf, 2 * ob.len);
		for (i = 0; i < ob.len; i++) {
			if (ob.p[i] == '\n')
				crlf.p[crlf.len++] = '\r';
			crlf.p[crlf.len++] = ob.p[i];
		}
		p = crlf.p;
		n = crlf.len;
	}
	if ((fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0666)) == -1)
		err(EX_CANTCREAT, "cannot create '%s/%s'", dir, name);
	while (n > 0) {
		if ((w = write(fd, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			err(EX_IOERR, "%s/%s", dir, name);
		}
		p += w;
		n -= (size_t)w;
	}
	if (close(fd) == -1)
		err(EX_IOERR, "%s/%s", dir, name);
	ob.len = 0;
}

static int
subdir(int dirfd, const char *dir, const char *name)
{
	int	 fd;

	if (mkdirat(dirfd, name, 0777) == -1 && errno != EEXIST)
		err(EX_CANTCREAT, "cannot make '%s/%s'", dir, name);
	if ((fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
	    == -1)
		err(EX_CANTCREAT, "cannot open '%s/%s'", dir, name);
	return fd;
}

/* Put a template's text: %t a topic, %T the same capitalised, %F a name. */
static void
put_tpl(const char *tpl, const char *topic, const char *first)
{
	const char	*p;

	for (p = tpl; *p != '\0'; p++) {
		if (*p != '%' || p[1] == '\0') {
			putch(*p);
			continue;
		}
		p++;
		if (*p == 't')
			put(topic);
		else if (*p == 'T') {
			if (*topic >= 'a' && *topic <= 'z') {
				putch(*topic - 'a' + 'A');
				put(topic + 1);
			} else
				put(topic);
		} else if (*p == 'F')
			put(first);
		else
			putch(*p);
	}
}

/* The same into a string of at most size - 1 bytes. */
static void
render(const char *tpl, const char *topic, const char *first, char *dst,
    size_t size)
{
	size_t	 mark = ob.len, n;

	put_tpl(tpl, topic, first);
	n = ob.len - mark;
	if (n >= size)
		n = size - 1;
	memcpy(dst, ob.p + mark, n);
	dst[n] = '\0';
	ob.len = mark;
}

/* A plain YAML scalar unless it holds ": " or starts with a quote. */
static void
put_scalar(const char *s, int style)
{
	const char	*p;

	if (strstr(s, ": ") != NULL || *s == '\'' || *s == '"')
		style = style ? style : 2;
	if (style == 1) {
		putch('\'');
		for (p = s; *p != '\0'; p++) {
			if (*p == '\'')
				putch('\'');
			putch(*p);
		}
		putch('\'');
	} else if (style == 2) {
		putch('"');
		for (p = s; *p != '\0'; p++) {
			if (*p == '"' || *p == '\\')
				putch('\\');
			putch(*p);
		}
		putch('"');
	} else
		put(s);
}

/*
 * One line of running prose, about width columns, ending a sentence when
 * last is set.  *sentence counts the words left in the current sentence.
 */
static void
put_prose_line(int width, int last, int *sentence)
{
	size_t		 start = ob.len;
	const char	*w;
	int		 cap = *sentence <= 0;

	for (;;) {
		if (*sentence <= 0) {
			*sentence = 6 + (int)rnd(10);
			cap = 1;
		}
		w = PICK(words);
		if (ob.len > start)
			putch(' ');
		if (cap && *w >= 'a' && *w <= 'z') {
			putch(*w - 'a' + 'A');
			put(w + 1);
		} else
			put(w);
		cap = 0;
		if (--*sentence == 0) {
			putch(rnd(8) == 0 ? '?' : '.');
			cap = 1;
		} else if (rnd(12) == 0)
			putch(',');
		if (ob.len - start >= (size_t)width)
			break;
	}
	if (last && *sentence > 0) {
		if (ob.p[ob.len - 1] == ',')
			ob.len--;
		putch('.');
		*sentence = 0;
	}
	putch('\n');
}

static void
put_prose(int lines)
{
	int	 sentence = 0, i;

	for (i = 0; i < lines; i++)
		put_prose_line(50 + (int)rnd(22), i == lines - 1, &sentence);
}

/* Prose in paragraphs of 2-6 lines, blank lines between: lines in all. */
static void
put_paras(int lines)
{
	int	 para;

	while (lines > 0) {
		para = 2 + (int)rnd(5);
		if (para > lines || lines - para < 2)
			para = lines;
		put_prose(para);
		if ((lines -= para) > 0) {
			putch('\n');
			lines--;
		}
	}
}

/* Pick k distinct numbers below n into v (k <= n). */
static void
pick_distinct(unsigned *v, unsigned k, unsigned n)
{
	unsigned	 i, j, x;

	for (i = 0; i < k; i++) {
again:
		x = rnd(n);
		for (j = 0; j < i; j++)
			if (v[j] == x)
				goto again;
		v[i] = x;
	}
}

/* A list in one of its forms: 1 scalar, 2 flow, 3 block (two indents). */
enum { F_NONE, F_SCALAR, F_FLOW, F_BLOCK };
struct list {
	int		 form;
	unsigned	 n;
	unsigned	 v[4];
	unsigned	 max;
	int		 indent;	/* block: "  - " or "- " */
};

static unsigned
list_lines(const struct list *l)
{
	if (l->form == F_NONE)
		return 0;
	return l->form == F_BLOCK ? 1 + l->n : 1;
}

static void
list_choose(struct list *l, unsigned n, unsigned range)
{
	l->n = n;
	pick_distinct(l->v, n, range);
	if (l->form != F_BLOCK)
		l->form = n == 1 && rnd(3) == 0 ? F_SCALAR : F_FLOW;
	l->indent = rnd(4) != 0;
}

static void
put_list(const char *key, const struct list *l, const char *(*name)(unsigned),
    const char *comment)
{
	unsigned	 i;

	if (l->form == F_NONE)
		return;
	put(key);
	putch(':');
	switch (l->form) {
	case F_SCALAR:
		putch(' ');
		put(name(l->v[0]));
		break;
	case F_FLOW:
		put(" [");
		for (i = 0; i < l->n; i++) {
			if (i > 0)
				put(", ");
			put(name(l->v[i]));
		}
		putch(']');
		break;
	}
	if (comment != NULL) {
		put("  ");
		put(comment);
	}
	putch('\n');
	if (l->form == F_BLOCK)
		for (i = 0; i < l->n; i++) {
			put(l->indent ? "  - " : "- ");
			put(name(l->v[i]));
			putch('\n');
		}
}

static const char *
person_id(unsigned i)
{
	return people[i].id;
}

static const char *
goal_id(unsigned i)
{
	return goals[i].id;
}

static const char *
skill_name(unsigned i)
{
	return skills[i];
}

static const char *
tag_name(unsigned i)
{
	return tags[i];
}

static void
gen_config(int dirfd, const char *dir)
{
	struct list	 needs = { F_FLOW, 0, { 0 }, 4, 1 };

	put("# ");
	put(owner);
	put("'s mentoring journal, made by gen-journal\n");
	put("owner: ");
	put(owner);
	put("          # whose journal\nrole: ");
	put(rnd(4) == 0 ? "mentor" : "mentee");
	put("\ncadence: monthly\nweek-start: ");
	put(rnd(3) == 0 ? "sunday" : "monday");
	putch('\n');
	list_choose(&needs, 2 + rnd(3), NELEM(skills));
	needs.form = F_FLOW;
	put_list("needs", &needs, skill_name, "# from the self-assessment");
	put("shared: false\nautocommit: false\n");
	emit(dirfd, dir, "mentor.yaml", 0);
}

static void
gen_people(int dirfd, const char *dir, struct idset *ids)
{
	char		 name[128], base[128], file[160];
	const struct name *f, *l;
	struct list	 areas = { F_NONE, 0, { 0 }, 4, 1 };
	struct list	 tl = { F_NONE, 0, { 0 }, 3, 1 };
	struct person	*p;
	size_t		 i, k;
	unsigned	 ncad = 0, group;
	int		 since, comm, rel;
	static const char *const rels[] = {
		"formal", "informal", "traditional", "virtual", "group"
	};
	static const char *const channels[] = {
		"in-person", "video", "phone", "email", "chat"
	};

	for (i = 0; i < npeople; i++) {
		p = &people[i];
		f = &PICK(firsts);
		l = &PICK(lasts);
		snprintf(name, sizeof(name), "%s %s", f->text, l->text);
		snprintf(base, sizeof(base), "%s-%s", f->slug, l->slug);
		p->name = save(name, strlen(name));
		p->id = idset_take(ids, base);
		p->first = f->text;
		group = (unsigned)(i % 3);
		comm = chance(20);
		if (group == 0) {
			p->role = 0;
			k = rnd(20);
			p->status = k < 14 ? 2 : k < 17 ? 3 : 4;
		} else if (group == 1) {
			p->role = rnd(5) == 0 ? 2 : 1;
			p->status = rnd(6) == 0 ? 3 : 2;
		} else {
			p->role = 0;
			p->status = rnd(2);
		}
		put("---\n");
		if (comm)
			put("# met through work; keep this up to date\n");
		put("name: ");
		put(p->name);
		put("\nrole: ");
		put(person_role[p->role]);
		if (comm)
			put("             # mentor | mentee | peer");
		put("\nrelationship: ");
		rel = p->role == 1 ? -1 : p->role == 2 ? -2 : (int)rnd(5);
		put(rel == -1 ? "peer" : rel == -2 ? "reverse" : rels[rel]);
		put("\nstatus: ");
		put(person_status[p->status]);
		put("\nfield: ");
		put(PICK(fields));
		put("\nknown-for: ");
		put(PICK(known_for));
		put("\nconnection: ");
		put(PICK(connections));
		putch('\n');
		areas.form = rnd(5) == 0 ? F_BLOCK : F_NONE;
		list_choose(&areas, 1 + rnd(3), NELEM(skills));
		put_list("areas", &areas, skill_name, NULL);
		if (p->status >= 2) {
			since = span_first + (int)rnd(365);
			put("since: ");
			putdate(since);
			put("\ncadence: ");
			put(cadences[ncad++ % NELEM(cadences)]);
			putch('\n');
		}
		if (p->status != 0 || rnd(2) == 0) {
			put("channel: ");
			put(PICK(channels));
			putch('\n');
		}
		if (p->status != 0) {
			put("contact: ");
			put(p->id);
			put("@example.com\n");
		}
		if (p->status == 1) {
			put("contacted: ");
			putdate(span_last - (int)rnd(200));
			putch('\n');
		}
		if (rnd(4) == 0) {
			tl.form = F_NONE;
			list_choose(&tl, 1 + rnd(2), NELEM(tags));
			put_list("tags", &tl, tag_name, NULL);
		}
		if (rnd(3) == 0) {
			put("author: ");
			put(owner);
			putch('\n');
		}
		put("---\n");
		put_prose(2 + rnd(3));
		put("\n## Expectations\n");
		for (k = 2 + rnd(3); k > 0; k--) {
			put("- ");
			put(PICK(expectations));
			putch('\n');
		}
		put("\n## Boundaries\n");
		for (k = 1 + rnd(3); k > 0; k--) {
			put("- ");
			put(PICK(boundaries));
			putch('\n');
		}
		snprintf(file, sizeof(file), "%s.md", p->id);
		emit(dirfd, dir, file, chance(10));
	}
}

static int
mentor_person(void)
{
	unsigned	 i, k;

	for (k = 0; k < 8; k++) {
		i = rnd((unsigned)npeople);
		if (people[i].role == 0)
			return (int)i;
	}
	return -1;
}

/* A milestone or action item: "- [S] text due:D done:D @id #tag". */
static void
put_task(int status, const char *text, int due, int done, int person,
    int tag)
{
	put(rnd(25) == 0 ? "* [" : "- [");
	putch(status == 'x' && rnd(20) == 0 ? 'X' : status);
	put("] ");
	put(text);
	if (person >= 0) {
		put(rnd(2) ? " with @" : " for @");
		put(people[person].id);
	}
	if (due != INT_MIN) {
		put(" due:");
		putdate(due);
	}
	if (done != INT_MIN) {
		put(" done:");
		putdate(done);
	}
	if (tag >= 0) {
		put(" #");
		put(tags[tag]);
	}
	putch('\n');
}

static int
task_status(void)
{
	static const char st[] = { ' ', ' ', ' ', '/', 'x', 'x', 'x', '-' };

	return st[rnd(sizeof(st))];
}

static void
gen_goals(int dirfd, const char *dir, struct idset *ids)
{
	char		 title[160], base[SLUG_MAX + 1], file[160];
	struct list	 sk = { F_NONE, 0, { 0 }, 3, 1 };
	struct list	 tl = { F_NONE, 0, { 0 }, 3, 1 };
	struct goal	*g;
	size_t		 i, k, nm;
	int		 due, mdue, st, m, comm, span;
	char		 text[160];
	static const char *const status[] = {
		"active", "active", "active", "active", "active", "active",
		"paused", "done", "done", "dropped"
	};

	span = span_last - span_first;
	for (i = 0; i < ngoals; i++) {
		g = &goals[i];
		snprintf(title, sizeof(title), "%s %s", PICK(goal_verbs),
		    PICK(goal_objects));
		slugify(title, base);
		g->id = idset_take(ids, base);
		g->created = span_first + (int)rnd((unsigned)(span > 60 ?
		    span - 30 : span));
		due = g->created + 60 + (int)rnd(660);
		comm = chance(20);
		st = (int)rnd(NELEM(status));
		put("---\ntitle: ");
		put_scalar(title, rnd(10) == 0);
		put("\nterm: ");
		put(due - g->created > 240 ? "long" : "short");
		if (comm)
			put("               # short | long");
		put("\nstatus: ");
		put(status[st]);
		putch('\n');
		if ((m = mentor_person()) >= 0 && rnd(7) != 0) {
			put("mentor: ");
			put(people[m].id);
			putch('\n');
		}
		put("created: ");
		putdate(g->created);
		put("\ndue: ");
		putdate(due);
		putch('\n');
		sk.form = rnd(6) == 0 ? F_BLOCK : F_NONE;
		list_choose(&sk, 1 + rnd(3), NELEM(skills));
		put_list("skills", &sk, skill_name, NULL);
		if (rnd(2)) {
			tl.form = F_NONE;
			list_choose(&tl, 1 + rnd(2), NELEM(tags));
			put_list("tags", &tl, tag_name, comm ? "# for reports" :
			    NULL);
		}
		if (rnd(2)) {
			put("author: ");
			put(owner);
			putch('\n');
		}
		put("---\nWhy it matters: ");
		put_prose(2 + rnd(3));
		put("\n## Milestones\n");
		nm = 2 + rnd(7);
		mdue = g->created;
		for (k = 0; k < nm; k++) {
			/* Done first, then started, open; dropped anywhere. */
			if (status[st][0] == 'd' && status[st][1] == 'o')
				m = rnd(6) == 0 ? '-' : 'x';
			else
				m = k < nm / 3 ? 'x' : k == nm / 3 ? '/' :
				    rnd(6) == 0 ? '-' : ' ';
			mdue += 7 + (int)rnd(90);
			render(actions[k % NELEM(actions)], PICK(topics), "",
			    text, sizeof(text));
			put_task(m, text, rnd(10) == 0 ? INT_MIN : mdue,
			    m == 'x' && rnd(8) != 0 ? mdue - (int)rnd((unsigned)
			    (mdue - g->created)) : INT_MIN, rnd(6) == 0 ?
			    (int)rnd((unsigned)npeople) : -1, rnd(5) == 0 ?
			    (int)rnd(NELEM(tags)) : -1);
		}
		if (rnd(4) == 0) {
			put("\n## Resources\n- ");
			put_prose(1);
		}
		snprintf(file, sizeof(file), "%s.md", g->id);
		emit(dirfd, dir, file, chance(10));
	}
}

/* The goals created on or before date, when there are any to pick. */
static unsigned
goal_for(int date)
{
	unsigned	 i, k;

	for (k = 0; k < 4; k++) {
		i = rnd((unsigned)ngoals);
		if (goals[i].created <= date)
			return i;
	}
	return i;
}

/* One entry's front matter: which keys, in which forms (8-15 lines). */
struct entry_fm {
	int		 comm;
	struct list	 with, goals, tags, ratings;
	unsigned	 rval[4];
	int		 duration, private, author;
};

static unsigned
fm_lines(const struct entry_fm *e)
{
	return 5 + (unsigned)e->comm + list_lines(&e->with) +
	    list_lines(&e->goals) + list_lines(&e->tags) +
	    list_lines(&e->ratings) + (e->duration >= 0) + (e->private >= 0) +
	    (e->author != 0);
}

static void
plan_fm(struct entry_fm *e, int kind, unsigned target)
{
	struct list	*l[4];
	unsigned	 order[5], i, d, n, nl;

	memset(e, 0, sizeof(*e));
	e->duration = e->private = -1;
	e->comm = chance(20);
	e->with.max = npeople < 3 ? (unsigned)npeople : 3;
	e->goals.max = ngoals < 3 ? (unsigned)ngoals : 3;
	e->tags.max = 4;
	e->ratings.max = 4;
	if (kind <= 2 || rnd(5) < 2)
		list_choose(&e->with, 1 + rnd(e->with.max > 1 ? 2 : 1),
		    (unsigned)npeople);
	if (rnd(3) == 0) {
		list_choose(&e->ratings, 1 + rnd(3), NELEM(skills));
		e->ratings.form = F_FLOW;
	}
	/* The other keys, in a random order, while lines are wanted. */
	pick_distinct(order, 5, 5);
	for (i = 0; i < 5 && fm_lines(e) < target; i++)
		switch (order[i]) {
		case 0:
			e->duration = (int)rnd(NELEM(durations));
			break;
		case 1:
			list_choose(&e->goals, 1 + rnd(e->goals.max > 1 ? 2 :
			    1), (unsigned)ngoals);
			break;
		case 2:
			e->private = rnd(3) == 0;
			break;
		case 3:
			list_choose(&e->tags, 1 + rnd(3), NELEM(tags));
			break;
		case 4:
			e->author = 1;
			break;
		}
	/* Still short: turn lists into block lists, longer ones if need be. */
	l[0] = &e->with;
	l[1] = &e->goals;
	l[2] = &e->tags;
	l[3] = &e->ratings;
	while (fm_lines(e) < target) {
		d = target - fm_lines(e);
		for (i = 0, nl = 0; i < 4; i++)
			if (l[i]->form != F_NONE && (l[i]->form != F_BLOCK ||
			    l[i]->n < l[i]->max))
				order[nl++] = i;
		if (nl == 0)
			break;
		i = order[rnd(nl)];
		if (l[i]->form != F_BLOCK) {
			n = d < l[i]->max ? d : l[i]->max;
			l[i]->form = F_BLOCK;
		} else
			n = l[i]->n + (d < l[i]->max - l[i]->n ? d :
			    l[i]->max - l[i]->n);
		list_choose(l[i], n, i == 0 ? (unsigned)npeople : i == 1 ?
		    (unsigned)ngoals : i == 2 ? NELEM(tags) : NELEM(skills));
	}
	for (i = 0; i < e->ratings.n; i++)
		e->rval[i] = 1 + rnd(5);
}

/*
 * One entry's body, exactly lines lines (10-40): Agenda, Feedback,
 * Notes (prose, sometimes a fenced block), Action items.
 */
static void
put_body(int kind, int date, unsigned lines, const char *topic)
{
	unsigned	 agenda, fb, code, ncode, actions_n, prose, fixed, i;
	int		 status, due, done;
	char		 text[160];

	agenda = kind <= 1 || rnd(4) == 0 ? 1 + rnd(4) : 0;
	fb = kind == 2 || rnd(10) == 0;
	code = rnd(10) == 0;
	ncode = 2 + rnd(4);
	actions_n = kind >= 3 ? rnd(3) : rnd(5);
	for (;;) {
		fixed = 2;			/* "## Notes" and its blank */
		fixed += agenda ? agenda + 2 : 0;
		fixed += fb ? 5 : 0;
		fixed += code ? ncode + 3 : 0;
		fixed += actions_n ? actions_n + 1 : 0;
		/* The last section has no blank line after it. */
		fixed -= actions_n ? 0 : 1;
		if (fixed + 1 <= lines)
			break;
		if (code)
			code = 0;
		else if (fb)
			fb = 0;
		else if (agenda > 1)
			agenda = 1;
		else if (actions_n > 0)
			actions_n--;
		else
			agenda = 0;
	}
	prose = lines - fixed;
	if (agenda) {
		put("## Agenda\n");
		for (i = 0; i < agenda; i++) {
			put("- ");
			put_tpl(PICK(agenda_items), topic, "");
			putch('\n');
		}
		putch('\n');
	}
	if (fb) {
		put("## Feedback\n");
		put(PICK(fb_well));
		putch('\n');
		put(PICK(fb_improve));
		putch('\n');
		put(PICK(fb_enc));
		put("\n\n");
	}
	put("## Notes\n");
	put_paras((int)prose);
	if (code) {
		putch('\n');
		if (rnd(2)) {
			put("```sql\n");
			for (i = 0; i < ncode; i++) {
				put(code_sql[i % NELEM(code_sql)]);
				putch('\n');
			}
		} else {
			put("```markdown\n");
			for (i = 0; i < ncode; i++) {
				put(code_md[i % NELEM(code_md)]);
				putch('\n');
			}
		}
		put("```\n");
	}
	if (actions_n == 0)
		return;
	put("\n## Action items\n");
	for (i = 0; i < actions_n; i++) {
		status = task_status();
		due = rnd(10) < 7 ? date + 1 + (int)rnd(30) : INT_MIN;
		done = status == 'x' && rnd(5) != 0 ? date + (int)rnd(20) :
		    INT_MIN;
		render(PICK(actions), rnd(3) ? topic : PICK(topics), "", text,
		    sizeof(text));
		put_task(status, text, due, done, rnd(3) == 0 ?
		    (int)rnd((unsigned)npeople) : -1, rnd(4) == 0 ?
		    (int)rnd(NELEM(tags)) : -1);
	}
}

static void
gen_entries(int logfd, const char *logdir, unsigned long n,
    struct idset *ids)
{
	struct entry_fm	 e;
	char		 title[256], slug[SLUG_MAX + 1], base[128], file[160],
			 ds[11], yeardir[16];
	const char	*topic, *first, *tpl;
	int		*yearfd, date, y, m, d, kind;
	unsigned long	 i;
	unsigned	 k, nyears;
	char		*id;

	ymd(span_first, &y, &m, &d);
	nyears = (unsigned)(LAST_YEAR - y + 1);
	yearfd = xmalloc(nyears * sizeof(*yearfd));
	for (k = 0; k < nyears; k++)
		yearfd[k] = -1;
	for (i = 0; i < n; i++) {
		date = span_first + (int)rnd((unsigned)(span_last - span_first +
		    1));
		kind = (int)rnd(6);
		plan_fm(&e, kind, 8 + rnd(8));
		topic = PICK(topics);
		first = e.with.n > 0 ? people[e.with.v[0]].first :
		    people[rnd((unsigned)npeople)].first;
		tpl = title_tpl[kind][rnd(6)];
		render(tpl, topic, first, title, sizeof(title));
		slugify(title, slug);
		fmt_date(date, ds);
		snprintf(base, sizeof(base), "%s-%s", ds, slug);
		id = idset_take(ids, base);

		put("---\n");
		if (e.comm) {
			put(PICK(comments));
			putch('\n');
		}
		put("title: ");
		put_scalar(title, rnd(20) == 0 ? 1 : 0);
		put("\ndate: ");
		put(ds);
		put("\nkind: ");
		put(kinds[kind]);
		if (e.comm)
			put("   # check-in | meeting | feedback | note | win "
			    "| reflection");
		putch('\n');
		put_list("with", &e.with, person_id, NULL);
		if (e.duration >= 0) {
			put("duration: ");
			put(durations[e.duration]);
			putch('\n');
		}
		if (e.goals.form != F_NONE)
			for (k = 0; k < e.goals.n; k++)
				e.goals.v[k] = goal_for(date);
		/* goal_for may repeat a goal: keep the list distinct. */
		for (k = 1; k < e.goals.n; k++)
			while (e.goals.v[k] == e.goals.v[0] || (k == 2 &&
			    e.goals.v[2] == e.goals.v[1]))
				e.goals.v[k] = (e.goals.v[k] + 1) %
				    (unsigned)ngoals;
		put_list("goals", &e.goals, goal_id, NULL);
		if (e.ratings.form == F_FLOW) {
			put("ratings: {");
			for (k = 0; k < e.ratings.n; k++) {
				if (k > 0)
					put(", ");
				put(skills[e.ratings.v[k]]);
				put(": ");
				putu(e.rval[k]);
			}
			put("}\n");
		} else if (e.ratings.form == F_BLOCK) {
			put("ratings:\n");
			for (k = 0; k < e.ratings.n; k++) {
				put("  ");
				put(skills[e.ratings.v[k]]);
				put(": ");
				putu(e.rval[k]);
				putch('\n');
			}
		}
		if (e.private >= 0)
			put(e.private ? "private: true\n" : "private: false\n");
		put_list("tags", &e.tags, tag_name, NULL);
		if (e.author) {
			put("author: ");
			put(owner);
			putch('\n');
		}
		put("---\n");
		put_body(kind, date, 10 + rnd(31), topic);

		ymd(date, &y, &m, &d);
		k = (unsigned)(y - (LAST_YEAR - (int)nyears + 1));
		snprintf(yeardir, sizeof(yeardir), "%d", y);
		if (yearfd[k] == -1)
			yearfd[k] = subdir(logfd, logdir, yeardir);
		snprintf(file, sizeof(file), "%s.md", id);
		emit(yearfd[k], logdir, file, chance(10));
	}
	for (k = 0; k < nyears; k++)
		if (yearfd[k] != -1)
			close(yearfd[k]);
	free(yearfd);
}

static unsigned long
number(const char *s, const char *what, unsigned long min, unsigned long max)
{
	char		*end;
	unsigned long	 v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 || v < min ||
	    v > max)
		errx(EX_USAGE, "bad %s '%s'", what, s);
	return v;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help",	no_argument,	   NULL, 'h' },
		{ "people",	required_argument, NULL, 'p' },
		{ "seed",	required_argument, NULL, 's' },
		{ "verbose",	no_argument,	   NULL, 'v' },
		{ NULL,		0,		   NULL, 0 }
	};
	struct idset	 ids;
	struct chunk	*c;
	struct stat	 st;
	unsigned long	 n, seed = 1, np = 12, nyears;
	const char	*dir;
	char		*logdir;
	int		 ch, dirfd, fd;

	while ((ch = getopt_long(argc, argv, "hp:s:v", longopts, NULL)) != -1)
		switch (ch) {
		case 'h':
			usage(0);
		case 'p':
			np = number(optarg, "number of people", 1, 100000);
			break;
		case 's':
			seed = number(optarg, "seed", 0, ULONG_MAX);
			break;
		case 'v':
			vflag = 1;
			break;
		default:
			usage(1);
		}
	argc -= optind;
	argv += optind;
	if (argc != 2)
		usage(1);
	n = number(argv[0], "number of entries", 0, 100000000);
	dir = argv[1];

	rng = seed;
	npeople = np;
	ngoals = n / 500 < 3 ? 3 : n / 500;
	nyears = n / 10000 + 2;
	span_first = days_from(LAST_YEAR - (int)nyears + 1, 1, 1);
	span_last = days_from(LAST_YEAR, 12, 31);
	owner = PICK(owners);
	if ((people = calloc(npeople, sizeof(*people))) == NULL ||
	    (goals = calloc(ngoals, sizeof(*goals))) == NULL)
		err(EX_OSERR, "out of memory");
	idset_init(&ids, n + npeople + ngoals);

	if (mkdir(dir, 0777) == -1 && errno != EEXIST)
		err(EX_CANTCREAT, "cannot make '%s'", dir);
	if ((dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		err(EX_CANTCREAT, "cannot open '%s'", dir);
	if (fstatat(dirfd, "mentor.yaml", &st, AT_SYMLINK_NOFOLLOW) == 0)
		errx(EX_CANTCREAT, "'%s' is already a journal", dir);

	logdir = join(dir, "people");
	fd = subdir(dirfd, dir, "people");
	gen_people(fd, logdir, &ids);
	close(fd);
	free(logdir);

	logdir = join(dir, "goals");
	fd = subdir(dirfd, dir, "goals");
	gen_goals(fd, logdir, &ids);
	close(fd);
	free(logdir);

	logdir = join(dir, "log");
	fd = subdir(dirfd, dir, "log");
	gen_entries(fd, logdir, n, &ids);
	close(fd);
	free(logdir);

	/* mentor.yaml last: until it is there, this is not a journal. */
	gen_config(dirfd, dir);
	close(dirfd);
	if (vflag)
		fprintf(stderr, "gen-journal: %zu people, %zu goals, %lu "
		    "entries over %lu years in '%s'\n", npeople, ngoals, n,
		    nyears, dir);

	while ((c = arena) != NULL) {
		arena = c->next;
		free(c);
	}
	free(ids.v);
	free(people);
	free(goals);
	free(ob.p);
	free(crlf.p);
	return 0;
}
