#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * The keys of a schema, in order, and which of them are required: every
 * other test relies on these tables, so they are checked entry by entry.
 */
static void
keys_are(int which, const char *const *want, const int *req, size_t n)
{
	const struct field	*f = schema_fields(which);
	size_t			 i;

	for (i = 0; i < n; i++) {
		ck_assert_ptr_nonnull(f[i].key);
		ck_assert_str_eq(f[i].key, want[i]);
		ck_assert_int_eq(f[i].required, req[i]);
	}
	ck_assert_ptr_null(f[n].key);
}

START_TEST(test_fields_person)
{
	static const char *const k[] = { "name", "role", "relationship",
	    "status", "field", "known-for", "connection", "areas", "since",
	    "cadence", "channel", "contact", "contacted", "tags", "author" };
	static const int r[] = { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

	keys_are(R_PERSON, k, r, 15);
}
END_TEST

START_TEST(test_fields_goal)
{
	static const char *const k[] = { "title", "term", "status", "mentor",
	    "created", "due", "done", "dropped", "skills", "tags", "author" };
	static const int r[] = { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

	keys_are(R_GOAL, k, r, 11);
}
END_TEST

START_TEST(test_fields_entry)
{
	static const char *const k[] = { "title", "date", "kind", "with",
	    "duration", "goals", "ratings", "private", "planned", "tags",
	    "author" };
	static const int r[] = { 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

	keys_are(R_ENTRY, k, r, 11);
}
END_TEST

START_TEST(test_fields_config)
{
	static const char *const k[] = { "owner", "role", "cadence",
	    "week-start", "needs", "shared", "autocommit" };
	static const int r[] = { 0, 0, 0, 0, 0, 0, 0 };

	keys_are(SCHEMA_CONFIG, k, r, 7);
}
END_TEST

/* One field: its type, and its values for an enum (else NULL). */
static void
field_is(int which, const char *key, int type, const char *values)
{
	const struct field	*f = schema_field(which, key);

	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->key, key);
	ck_assert_int_eq(f->type, type);
	if (values == NULL)
		ck_assert_ptr_null(f->values);
	else
		ck_assert_str_eq(f->values, values);
}

START_TEST(test_field_hits)
{
	field_is(R_PERSON, "name", F_STR, NULL);
	field_is(R_PERSON, "role", F_ENUM, "mentor|mentee|peer");
	field_is(R_PERSON, "relationship", F_ENUM,
	    "formal|informal|traditional|peer|reverse|group|virtual");
	field_is(R_PERSON, "status", F_ENUM,
	    "prospect|contacted|active|paused|ended");
	field_is(R_PERSON, "channel", F_ENUM,
	    "in-person|video|phone|email|chat");
	field_is(R_PERSON, "areas", F_LIST, NULL);
	field_is(R_PERSON, "since", F_DATE, NULL);
	field_is(R_PERSON, "cadence", F_CADENCE, NULL);
	field_is(R_PERSON, "known-for", F_STR, NULL);
	field_is(R_GOAL, "term", F_ENUM, "short|long");
	field_is(R_GOAL, "status", F_ENUM, "active|paused|done|dropped");
	field_is(R_GOAL, "mentor", F_PERSON, NULL);
	field_is(R_GOAL, "due", F_DATE, NULL);
	field_is(R_GOAL, "done", F_DATE, NULL);
	field_is(R_GOAL, "dropped", F_DATE, NULL);
	field_is(R_GOAL, "skills", F_LIST, NULL);
	field_is(R_ENTRY, "date", F_DATE, NULL);
	field_is(R_ENTRY, "kind", F_ENUM,
	    "check-in|meeting|feedback|note|win|reflection");
	field_is(R_ENTRY, "with", F_PEOPLE, NULL);
	field_is(R_ENTRY, "goals", F_GOALS, NULL);
	field_is(R_ENTRY, "duration", F_DURATION, NULL);
	field_is(R_ENTRY, "ratings", F_RATINGS, NULL);
	field_is(R_ENTRY, "private", F_BOOL, NULL);
	field_is(R_ENTRY, "planned", F_BOOL, NULL);
	field_is(SCHEMA_CONFIG, "role", F_ENUM, "mentee|mentor|coordinator");
	field_is(SCHEMA_CONFIG, "week-start", F_WEEKDAY, NULL);
	field_is(SCHEMA_CONFIG, "needs", F_LIST, NULL);
	field_is(SCHEMA_CONFIG, "shared", F_BOOL, NULL);
	field_is(SCHEMA_CONFIG, "autocommit", F_BOOL, NULL);
}
END_TEST

START_TEST(test_field_misses)
{
	ck_assert_ptr_null(schema_field(R_GOAL, "date"));
	ck_assert_ptr_null(schema_field(R_GOAL, "name"));
	ck_assert_ptr_null(schema_field(R_GOAL, "Title"));
	ck_assert_ptr_null(schema_field(R_GOAL, "titles"));
	ck_assert_ptr_null(schema_field(R_GOAL, "titl"));
	ck_assert_ptr_null(schema_field(R_GOAL, ""));
	ck_assert_ptr_null(schema_field(R_GOAL, "ratings"));
	ck_assert_ptr_null(schema_field(R_PERSON, "title"));
	ck_assert_ptr_null(schema_field(R_PERSON, "known_for"));
	ck_assert_ptr_null(schema_field(R_ENTRY, "due"));
	ck_assert_ptr_null(schema_field(R_ENTRY, "statsu"));
	ck_assert_ptr_null(schema_field(SCHEMA_CONFIG, "title"));
	ck_assert_ptr_null(schema_field(SCHEMA_CONFIG, "week_start"));
}
END_TEST

START_TEST(test_in_set)
{
	const char	*st = "active|paused|done|dropped";

	ck_assert_int_eq(schema_in_set("active", st), 1);
	ck_assert_int_eq(schema_in_set("paused", st), 1);
	ck_assert_int_eq(schema_in_set("dropped", st), 1);
	ck_assert_int_eq(schema_in_set("activ", st), 0);
	ck_assert_int_eq(schema_in_set("actives", st), 0);
	ck_assert_int_eq(schema_in_set("Active", st), 0);
	ck_assert_int_eq(schema_in_set("drop", st), 0);
	ck_assert_int_eq(schema_in_set("ped", st), 0);
	ck_assert_int_eq(schema_in_set("", st), 0);
	ck_assert_int_eq(schema_in_set("active|paused", st), 0);
	ck_assert_int_eq(schema_in_set("|", st), 0);
	ck_assert_int_eq(schema_in_set("only", "only"), 1);
	ck_assert_int_eq(schema_in_set("onl", "only"), 0);
	ck_assert_int_eq(schema_in_set("in-person", "in-person|video"), 1);
	ck_assert_int_eq(schema_in_set("in", "in-person|video"), 0);
	ck_assert_int_eq(schema_in_set("person", "in-person|video"), 0);
	ck_assert_int_eq(schema_in_set("video", "in-person|video"), 1);
}
END_TEST

/* Check v against field key of type which: the result and the message. */
static void
value_is(int which, const char *key, const char *v, int want,
    const char *msg)
{
	const struct field	*f = schema_field(which, key);
	struct buf		 b = BUF_INIT;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(schema_value(f, v, &b), want);
	ck_assert_str_eq(b.buf, msg);
	buf_release(&b);
}

START_TEST(test_value_date)
{
	value_is(R_GOAL, "due", "2026-11-22", VP_OK, "");
	value_is(R_GOAL, "due", "2028-02-29", VP_OK, "");
	value_is(R_GOAL, "due", "2026-02-29", VP_DATE,
	    "due: '2026-02-29' is not a real date (want YYYY-MM-DD)");
	value_is(R_PERSON, "since", "2026-13-01", VP_DATE,
	    "since: '2026-13-01' is not a real date (want YYYY-MM-DD)");
	/* Files hold absolute dates only. */
	value_is(R_ENTRY, "date", "tomorrow", VP_DATE,
	    "date: 'tomorrow' is not a real date (want YYYY-MM-DD)");
	value_is(R_ENTRY, "date", "2026-11-2", VP_DATE,
	    "date: '2026-11-2' is not a real date (want YYYY-MM-DD)");
	value_is(R_ENTRY, "date", "", VP_DATE,
	    "date: '' is not a real date (want YYYY-MM-DD)");
}
END_TEST

START_TEST(test_value_enum)
{
	value_is(R_GOAL, "status", "active", VP_OK, "");
	value_is(R_GOAL, "status", "dropped", VP_OK, "");
	value_is(R_GOAL, "status", "Active", VP_ENUM,
	    "status: unknown value 'Active' (one of: active, paused, done, "
	    "dropped)");
	value_is(R_GOAL, "term", "medium", VP_ENUM,
	    "term: unknown value 'medium' (one of: short, long)");
	value_is(R_ENTRY, "kind", "check-in", VP_OK, "");
	value_is(R_ENTRY, "kind", "checkin", VP_ENUM,
	    "kind: unknown value 'checkin' (one of: check-in, meeting, "
	    "feedback, note, win, reflection)");
	value_is(R_PERSON, "channel", "", VP_ENUM,
	    "channel: unknown value '' (one of: in-person, video, phone, "
	    "email, chat)");
	value_is(SCHEMA_CONFIG, "role", "coordinator", VP_OK, "");
	value_is(SCHEMA_CONFIG, "role", "peer", VP_ENUM,
	    "role: unknown value 'peer' (one of: mentee, mentor, "
	    "coordinator)");
}
END_TEST

START_TEST(test_value_cadence)
{
	static const char bad[] = " is not a cadence (daily, weekly, "
	    "biweekly, monthly, quarterly, every N days|weeks|months, every "
	    "N-M days|weeks|months)";
	struct buf	 want = BUF_INIT;

	value_is(R_PERSON, "cadence", "biweekly", VP_OK, "");
	value_is(R_PERSON, "cadence", "every 2-3 weeks", VP_OK, "");
	value_is(SCHEMA_CONFIG, "cadence", "monthly", VP_OK, "");
	buf_addf(&want, "cadence: 'fortnightly'%s", bad);
	value_is(R_PERSON, "cadence", "fortnightly", VP_CADENCE, want.buf);
	buf_reset(&want);
	buf_addf(&want, "cadence: 'every 3-2 weeks'%s", bad);
	value_is(R_PERSON, "cadence", "every 3-2 weeks", VP_CADENCE,
	    want.buf);
	buf_release(&want);
}
END_TEST

START_TEST(test_value_duration)
{
	value_is(R_ENTRY, "duration", "45m", VP_OK, "");
	value_is(R_ENTRY, "duration", "1h30m", VP_OK, "");
	value_is(R_ENTRY, "duration", "90", VP_OK, "");
	value_is(R_ENTRY, "duration", "1x", VP_DURATION,
	    "duration: '1x' is not a duration (like 45m, 1h or 1h30m)");
	value_is(R_ENTRY, "duration", "an hour", VP_DURATION,
	    "duration: 'an hour' is not a duration (like 45m, 1h or 1h30m)");
}
END_TEST

START_TEST(test_value_bool)
{
	value_is(R_ENTRY, "private", "true", VP_OK, "");
	value_is(R_ENTRY, "private", "false", VP_OK, "");
	value_is(R_ENTRY, "private", "yes", VP_OK, "");
	value_is(R_ENTRY, "private", "OFF", VP_OK, "");
	value_is(R_ENTRY, "private", "maybe", VP_BOOL,
	    "private: want true or false, not 'maybe'");
	value_is(SCHEMA_CONFIG, "shared", "1", VP_BOOL,
	    "shared: want true or false, not '1'");
}
END_TEST

START_TEST(test_value_weekday)
{
	value_is(SCHEMA_CONFIG, "week-start", "sunday", VP_OK, "");
	value_is(SCHEMA_CONFIG, "week-start", "Mon", VP_OK, "");
	value_is(SCHEMA_CONFIG, "week-start", "funday", VP_WEEKDAY,
	    "week-start: 'funday' is not a weekday");
	value_is(SCHEMA_CONFIG, "week-start", "mo", VP_WEEKDAY,
	    "week-start: 'mo' is not a weekday");
}
END_TEST

/* Free text, lists and references are not schema_value's business. */
START_TEST(test_value_unchecked)
{
	value_is(R_PERSON, "name", "", VP_OK, "");
	value_is(R_PERSON, "areas", "a, b,,", VP_OK, "");
	value_is(R_GOAL, "mentor", "nobody at all", VP_OK, "");
	value_is(R_ENTRY, "with", "x", VP_OK, "");
	value_is(R_ENTRY, "goals", "x", VP_OK, "");
	value_is(R_ENTRY, "ratings", "9", VP_OK, "");
	value_is(R_ENTRY, "title", "2026-02-30", VP_OK, "");
}
END_TEST

/* The message is appended to what msg held. */
START_TEST(test_value_appends)
{
	struct buf	 b = BUF_INIT;

	buf_addstr(&b, "t.md:3: ");
	ck_assert_int_eq(schema_value(schema_field(R_GOAL, "term"), "x", &b),
	    VP_ENUM);
	ck_assert_str_eq(b.buf,
	    "t.md:3: term: unknown value 'x' (one of: short, long)");
	ck_assert_int_eq(schema_value(schema_field(R_GOAL, "term"), "long",
	    &b), VP_OK);
	ck_assert_str_eq(b.buf,
	    "t.md:3: term: unknown value 'x' (one of: short, long)");
	buf_release(&b);
}
END_TEST

START_TEST(test_duration)
{
	ck_assert_int_eq(duration_ok("45m"), 1);
	ck_assert_int_eq(duration_ok("1h"), 1);
	ck_assert_int_eq(duration_ok("1h30m"), 1);
	ck_assert_int_eq(duration_ok("90min"), 1);
	ck_assert_int_eq(duration_ok("90"), 1);
	ck_assert_int_eq(duration_ok("1h 30m"), 1);
	ck_assert_int_eq(duration_ok("2h15min"), 1);
	ck_assert_int_eq(duration_ok("0m"), 1);
	ck_assert_int_eq(duration_ok(""), 0);
	ck_assert_int_eq(duration_ok("m"), 0);
	ck_assert_int_eq(duration_ok("h"), 0);
	ck_assert_int_eq(duration_ok("1x"), 0);
	ck_assert_int_eq(duration_ok("1h30"), 0);
	ck_assert_int_eq(duration_ok("-5m"), 0);
	ck_assert_int_eq(duration_ok("+5m"), 0);
	ck_assert_int_eq(duration_ok(" 45m"), 0);
	ck_assert_int_eq(duration_ok("45 m"), 0);
	ck_assert_int_eq(duration_ok("45m "), 0);
	ck_assert_int_eq(duration_ok("45mins"), 0);
	ck_assert_int_eq(duration_ok("45mi"), 0);
	ck_assert_int_eq(duration_ok("30m1h"), 0);
	ck_assert_int_eq(duration_ok("1.5h"), 0);
	ck_assert_int_eq(duration_ok("1H"), 0);
	ck_assert_int_eq(duration_ok("1h1h"), 0);
	ck_assert_int_eq(duration_ok("1h2h3h"), 0);
	ck_assert_int_eq(duration_ok("1h "), 0);
}
END_TEST

START_TEST(test_rating)
{
	ck_assert_int_eq(rating_value("1"), 1);
	ck_assert_int_eq(rating_value("2"), 2);
	ck_assert_int_eq(rating_value("3"), 3);
	ck_assert_int_eq(rating_value("4"), 4);
	ck_assert_int_eq(rating_value("5"), 5);
	ck_assert_int_eq(rating_value("0"), 0);
	ck_assert_int_eq(rating_value("6"), 0);
	ck_assert_int_eq(rating_value("3.5"), 0);
	ck_assert_int_eq(rating_value(" 3"), 0);
	ck_assert_int_eq(rating_value("3 "), 0);
	ck_assert_int_eq(rating_value("03"), 0);
	ck_assert_int_eq(rating_value("15"), 0);
	ck_assert_int_eq(rating_value("-3"), 0);
	ck_assert_int_eq(rating_value("+3"), 0);
	ck_assert_int_eq(rating_value("three"), 0);
	ck_assert_int_eq(rating_value(""), 0);
}
END_TEST

static Suite *
schema_suite(void)
{
	Suite	*s = suite_create("schema");
	TCase	*tc;

	tc = tcase_create("fields");
	tcase_add_test(tc, test_fields_person);
	tcase_add_test(tc, test_fields_goal);
	tcase_add_test(tc, test_fields_entry);
	tcase_add_test(tc, test_fields_config);
	tcase_add_test(tc, test_field_hits);
	tcase_add_test(tc, test_field_misses);
	tcase_add_test(tc, test_in_set);
	suite_add_tcase(s, tc);

	tc = tcase_create("values");
	tcase_add_test(tc, test_value_date);
	tcase_add_test(tc, test_value_enum);
	tcase_add_test(tc, test_value_cadence);
	tcase_add_test(tc, test_value_duration);
	tcase_add_test(tc, test_value_bool);
	tcase_add_test(tc, test_value_weekday);
	tcase_add_test(tc, test_value_unchecked);
	tcase_add_test(tc, test_value_appends);
	tcase_add_test(tc, test_duration);
	tcase_add_test(tc, test_rating);
	suite_add_tcase(s, tc);

	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	sr = srunner_create(schema_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
