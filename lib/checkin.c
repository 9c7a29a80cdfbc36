#include "config.h"

#include <stdlib.h>

#include "mentor.h"
#include "model.h"

/*
 * What a person's entries say of them (DESIGN.md §2 "Check-ins and
 * cadence"): the scan hands each entry with them to person_see, then
 * person_finish works out, as of today, the follow-up of a prospect and
 * the next check-in due and how overdue it is.
 */

/* Is the person a prospect: status prospect or contacted? */
int
person_prospect(const struct person *p)
{
	return p->status_v == PS_PROSPECT || p->status_v == PS_CONTACTED;
}

/* Does the entry count as a check-in: kind check-in, meeting or feedback? */
int
entry_checkin(const struct entry *e)
{
	return e->kind_v == EK_CHECKIN || e->kind_v == EK_MEETING ||
	    e->kind_v == EK_FEEDBACK;
}

/* Was the entry held: dated, and not planned? */
int
entry_held(const struct entry *e)
{
	return e->date != DATE_NONE && !e->planned;
}

/*
 * Take in one entry that is with the person (any order): the last entry,
 * and for a check-in its date, held or planned (the first from today on
 * is the one that counts; one planned for a day gone by is neither).
 * With dates, a check-in held is also kept in p->dates.
 */
void
person_see(struct person *p, const struct entry *e, mdate today, int dates)
{
	if (e->date == DATE_NONE)
		return;
	if (p->last_entry == DATE_NONE || e->date > p->last_entry)
		p->last_entry = e->date;
	if (!entry_checkin(e))
		return;
	if (e->planned) {
		if (e->date >= today && (p->planned == DATE_NONE ||
		    e->date < p->planned))
			p->planned = e->date;
		return;
	}
	if (p->last == DATE_NONE || e->date > p->last)
		p->last = e->date;
	if (!dates)
		return;
	if (p->ndates == p->adates) {
		p->adates = p->adates ? p->adates * 2 : 8;
		p->dates = xreallocarray(p->dates, p->adates,
		    sizeof(*p->dates));
	}
	p->dates[p->ndates++] = e->date;
}

static int
date_cmp(const void *a, const void *b)
{
	mdate	 x = *(const mdate *)a, y = *(const mdate *)b;

	return x < y ? -1 : x > y;
}

/*
 * After every entry was seen (DESIGN.md §2 "Check-ins and cadence"): the
 * dates in order; a prospect's follow-up, 7 days after contacted unless
 * an entry with them came after; and for an active person with a cadence
 * (their own, else mentor.yaml's) the next due date and overdue days.
 */
void
person_finish(struct person *p, const struct settings *set, mdate today)
{
	mdate	 base;

	if (p->ndates > 1)
		qsort(p->dates, p->ndates, sizeof(*p->dates), date_cmp);
	if (person_prospect(p) && p->contacted != DATE_NONE &&
	    (p->last_entry == DATE_NONE || p->last_entry <= p->contacted))
		p->followup = p->contacted + 7;
	p->tracked = p->status_v == PS_ACTIVE;
	p->cadence_used = p->cadence != NULL ? p->cadence : set->cadence;
	if (!p->tracked || p->cadence_used == NULL ||
	    cadence_parse(p->cadence_used, &p->cad) != 0)
		return;
	p->has_cad = 1;
	base = p->last != DATE_NONE ? p->last : p->since;
	if (base == DATE_NONE)
		return;
	p->next_due = cadence_due(&p->cad, base);
	p->late = cadence_late(&p->cad, base);
	if (p->late != DATE_NONE && today > p->late)
		p->overdue_days = today - p->late;
}
