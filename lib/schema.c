#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * The fields of each record type (DESIGN.md §2) and the rules for their
 * values, shared by mentor-check and every `set`.
 */
static const struct field person_fields[] = {
	{ "name", F_STR, NULL, 1 },
	{ "role", F_ENUM, "mentor|mentee|peer", 0 },
	{ "relationship", F_ENUM, "formal|informal|traditional|peer|reverse|"
	    "group|virtual", 0 },
	{ "status", F_ENUM, "prospect|contacted|active|paused|ended", 0 },
	{ "field", F_STR, NULL, 0 },
	{ "known-for", F_STR, NULL, 0 },
	{ "connection", F_STR, NULL, 0 },
	{ "areas", F_LIST, NULL, 0 },
	{ "since", F_DATE, NULL, 0 },
	{ "cadence", F_CADENCE, NULL, 0 },
	{ "channel", F_ENUM, "in-person|video|phone|email|chat", 0 },
	{ "contact", F_STR, NULL, 0 },
	{ "contacted", F_DATE, NULL, 0 },
	{ "tags", F_LIST, NULL, 0 },
	{ "author", F_STR, NULL, 0 },
	{ NULL, 0, NULL, 0 }
};
static const struct field goal_fields[] = {
	{ "title", F_STR, NULL, 1 },
	{ "term", F_ENUM, "short|long", 0 },
	{ "status", F_ENUM, "active|paused|done|dropped", 0 },
	{ "mentor", F_PERSON, NULL, 0 },
	{ "created", F_DATE, NULL, 0 },
	{ "due", F_DATE, NULL, 0 },
	{ "done", F_DATE, NULL, 0 },
	{ "dropped", F_DATE, NULL, 0 },
	{ "skills", F_LIST, NULL, 0 },
	{ "tags", F_LIST, NULL, 0 },
	{ "author", F_STR, NULL, 0 },
	{ NULL, 0, NULL, 0 }
};
static const struct field entry_fields[] = {
	{ "title", F_STR, NULL, 0 },
	{ "date", F_DATE, NULL, 1 },
	{ "kind", F_ENUM, "check-in|meeting|feedback|note|win|reflection", 0 },
	{ "with", F_PEOPLE, NULL, 0 },
	{ "duration", F_DURATION, NULL, 0 },
	{ "goals", F_GOALS, NULL, 0 },
	{ "ratings", F_RATINGS, NULL, 0 },
	{ "private", F_BOOL, NULL, 0 },
	{ "planned", F_BOOL, NULL, 0 },
	{ "tags", F_LIST, NULL, 0 },
	{ "author", F_STR, NULL, 0 },
	{ NULL, 0, NULL, 0 }
};
static const struct field config_fields[] = {
	{ "owner", F_STR, NULL, 0 },
	{ "role", F_ENUM, "mentee|mentor|coordinator", 0 },
	{ "cadence", F_CADENCE, NULL, 0 },
	{ "week-start", F_WEEKDAY, NULL, 0 },
	{ "needs", F_LIST, NULL, 0 },
	{ "shared", F_BOOL, NULL, 0 },
	{ "autocommit", F_BOOL, NULL, 0 },
	{ NULL, 0, NULL, 0 }
};

/* The fields of a record type, or of mentor.yaml (SCHEMA_CONFIG). */
const struct field *
schema_fields(int which)
{
	switch (which) {
	case R_PERSON:
		return person_fields;
	case R_GOAL:
		return goal_fields;
	case R_ENTRY:
		return entry_fields;
	}
	return config_fields;
}

/* One field by key, or NULL for a key the tools do not know. */
const struct field *
schema_field(int which, const char *key)
{
	const struct field	*f;

	for (f = schema_fields(which); f->key != NULL; f++)
		if (strcmp(f->key, key) == 0)
			return f;
	return NULL;
}

/* Is s one of the '|'-separated words of set? */
int
schema_in_set(const char *s, const char *set)
{
	size_t		 n = strlen(s);
	const char	*p = set, *e;

	for (;;) {
		e = strchr(p, '|');
		if ((size_t)((e ? e : p + strlen(p)) - p) == n &&
		    strncmp(p, s, n) == 0)
			return 1;
		if (e == NULL)
			return 0;
		p = e + 1;
	}
}

/*
 * The index of v among the values of an enum field (its order is that of
 * the enums in model.h), or -1 when v is not one of them.
 */
int
schema_enum(const struct field *f, const char *v)
{
	const char	*p, *e;
	size_t		 n;
	int		 i;

	if (f == NULL || f->type != F_ENUM || v == NULL)
		return -1;
	n = strlen(v);
	for (i = 0, p = f->values;; i++, p = e + 1) {
		e = strchr(p, '|');
		if ((size_t)((e ? e : p + strlen(p)) - p) == n &&
		    strncmp(p, v, n) == 0)
			return i;
		if (e == NULL)
			return -1;
	}
}

/* A duration: 45m, 1h, 1h30m, 1h 30m, 90min, or a bare number of minutes. */
int
duration_ok(const char *s)
{
	const char	*p = s;
	int		 hours = 0;

	for (;;) {
		if (!isdigit((unsigned char)*p))
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p == '\0')
			return !hours;
		if (*p == 'h' && !hours) {
			hours = 1;
			if (*++p == '\0')
				return 1;
			while (*p == ' ')
				p++;
			continue;
		}
		if (*p == 'm') {
			p++;
			if (strncmp(p, "in", 2) == 0)
				p += 2;
			return *p == '\0';
		}
		return 0;
	}
}

/* A rating: a whole number from 1 to 5 written plainly, else 0. */
int
rating_value(const char *s)
{
	if (s[0] >= '1' && s[0] <= '5' && s[1] == '\0')
		return s[0] - '0';
	return 0;
}

/*
 * Check one scalar value of field f.  Returns VP_OK, or the kind of
 * problem with the message (naming the key) appended to msg.
 */
int
schema_value(const struct field *f, const char *v, struct buf *msg)
{
	struct cadence	 cad;
	mdate		 d;
	const char	*p;
	int		 b;

	switch (f->type) {
	case F_DATE:
		if (date_field(v, strlen(v), &d) == 0)
			return VP_OK;
		buf_addf(msg, "%s: '%s' is not a real date (want YYYY-MM-DD)",
		    f->key, v);
		return VP_DATE;
	case F_ENUM:
		if (schema_in_set(v, f->values))
			return VP_OK;
		buf_addf(msg, "%s: unknown value '%s' (one of: ", f->key, v);
		for (p = f->values; *p != '\0'; p++)
			if (*p == '|')
				buf_addstr(msg, ", ");
			else
				buf_addch(msg, *p);
		buf_addch(msg, ')');
		return VP_ENUM;
	case F_CADENCE:
		if (cadence_parse(v, &cad) == 0)
			return VP_OK;
		buf_addf(msg, "%s: '%s' is not a cadence (%s)", f->key, v,
		    cadence_forms);
		return VP_CADENCE;
	case F_DURATION:
		if (duration_ok(v))
			return VP_OK;
		buf_addf(msg, "%s: '%s' is not a duration (like 45m, 1h or "
		    "1h30m)", f->key, v);
		return VP_DURATION;
	case F_BOOL:
		if (parse_bool(v, &b) == 0)
			return VP_OK;
		buf_addf(msg, "%s: want true or false, not '%s'", f->key, v);
		return VP_BOOL;
	case F_WEEKDAY:
		if (parse_weekday(v) >= 0)
			return VP_OK;
		buf_addf(msg, "%s: '%s' is not a weekday", f->key, v);
		return VP_WEEKDAY;
	default:
		return VP_OK;
	}
}
