#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * Surgical edits: every case is an input file, one operation and the
 * exact bytes expected.  After each edit the output is parsed again, the
 * new value read back, and the bytes before and after the changed region
 * compared with the input.
 */

#define BOM	"\xEF\xBB\xBF"

enum op { OP_SET, OP_SETL, OP_UNSET, OP_STATUS, OP_STAMP, OP_APPEND };

struct ecase {
	const char	*name;
	int		 yaml;		/* parse as mentor.yaml */
	const char	*in;
	enum op		 op;
	const char	*key;		/* key, stamp name or heading */
	const char	*vals[4];	/* values, date, or task text */
	size_t		 nvals;
	int		 task;		/* 1-based task index */
	int		 arg;		/* status or heading level */
	const char	*htext;		/* the heading as the file spells it */
	int		 rc;
	const char	*want;
};

static const struct ecase cases[] = {
	/* YAML also breaks lines at a lone CR, U+2028 and the like. */
	{ .name = "lone CR: the key after it unset", .in =
	    "---\nr: 1\rw: 2\nx: 3\n---\n",
	  .op = OP_UNSET, .key = "w",
	  .want = "---\nr: 1\rx: 3\n---\n" },
	{ .name = "lone CR: a literal value set, the key after it kept", .in =
	    "---\nnote: |\n  text\rnext: 1\nother: 2\n---\n",
	  .op = OP_SET, .key = "note", .vals = { "x" }, .nvals = 1,
	  .want = "---\nnote: x\rnext: 1\nother: 2\n---\n" },
	{ .name = "U+2028 in a title: the key after it set", .in =
	    "---\ntitle: \"Caf\xc3\xa9\xe2\x80\xa8talk\"\nstatus: active\n"
	    "mentor: jane-smith\n---\n",
	  .op = OP_SET, .key = "status", .vals = { "paused" }, .nvals = 1,
	  .want = "---\ntitle: \"Caf\xc3\xa9\xe2\x80\xa8talk\"\n"
	    "status: paused\nmentor: jane-smith\n---\n" },
	{ .name = "U+2028 between keys: the second unset", .in =
	    "---\na: 1\xe2\x80\xa8" "b: 2\nc: 3\n---\n",
	  .op = OP_UNSET, .key = "b",
	  .want = "---\na: 1\xe2\x80\xa8" "c: 3\n---\n" },
	{ .name = "U+0085 between keys: the first set", .in =
	    "---\na: 1\xc2\x85" "b: 2\n---\n",
	  .op = OP_SET, .key = "a", .vals = { "22" }, .nvals = 1,
	  .want = "---\na: 22\xc2\x85" "b: 2\n---\n" },

	/*
	 * An edit after which another key reads differently is refused: a
	 * key added to a YAML file that does not end in a line break gets
	 * one first, which a block scalar ending the file would take in.
	 */
	{ .name = "a key added after a block scalar at the end: refused",
	  .yaml = 1, .in = "a: 1\nb: >\n  text",
	  .op = OP_SET, .key = "c", .vals = { "1" }, .nvals = 1,
	  .rc = EX_DATAERR },
	{ .name = "... and after a plain value there: added",
	  .yaml = 1, .in = "a: 1\nb: text",
	  .op = OP_SET, .key = "c", .vals = { "1" }, .nvals = 1,
	  .want = "a: 1\nb: text\nc: 1\n" },

	/* Front matter: comments, spacing, quoting. */
	{ .name = "comments kept", .in =
	    "---\n# who\nname: Jane  # full name\nrole: mentor\n---\nbody\n",
	  .op = OP_SET, .key = "name", .vals = { "Jane Smith" }, .nvals = 1,
	  .want =
	    "---\n# who\nname: Jane Smith  # full name\nrole: mentor\n---\n"
	    "body\n" },
	{ .name = "odd spacing after colon", .in =
	    "---\nfield:    Marketing\nx: 1\n---\n",
	  .op = OP_SET, .key = "field", .vals = { "Sales" }, .nvals = 1,
	  .want = "---\nfield:    Sales\nx: 1\n---\n" },
	{ .name = "space before colon", .in =
	    "---\nfield : Marketing\nx: 1\n---\n",
	  .op = OP_SET, .key = "field", .vals = { "Sales" }, .nvals = 1,
	  .want = "---\nfield : Sales\nx: 1\n---\n" },
	{ .name = "space before colon unset", .in =
	    "---\nfield : Marketing\nx: 1\n---\n",
	  .op = OP_UNSET, .key = "field",
	  .want = "---\nx: 1\n---\n" },
	{ .name = "single-quoted value", .in =
	    "---\ntitle: 'It''s here'  # q\nx: 1\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "Plain" }, .nvals = 1,
	  .want = "---\ntitle: Plain  # q\nx: 1\n---\n" },
	{ .name = "double-quoted value", .in =
	    "---\ntitle: \"a: b\"  # c\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "new: value" }, .nvals = 1,
	  .want = "---\ntitle: \"new: value\"  # c\n---\n" },
	{ .name = "folded value replaced", .in =
	    "---\nnote: >\n  some folded\n  text\n\nnext: 1\n---\n",
	  .op = OP_SET, .key = "note", .vals = { "short" }, .nvals = 1,
	  .want = "---\nnote: short\n\nnext: 1\n---\n" },
	{ .name = "literal value replaced, header comment kept", .in =
	    "---\nnote: |  # keep\n  line one\n  line two\nnext: 1\n---\n",
	  .op = OP_SET, .key = "note", .vals = { "x" }, .nvals = 1,
	  .want = "---\nnote: x  # keep\nnext: 1\n---\n" },
	{ .name = "literal value last before closing line", .in =
	    "---\nnext: 1\nnote: |-\n  line one\n\n  line two\n---\nb\n",
	  .op = OP_SET, .key = "note", .vals = { "x" }, .nvals = 1,
	  .want = "---\nnext: 1\nnote: x\n---\nb\n" },
	{ .name = "folded value unset", .in =
	    "---\nnote: >\n  x\n\nnext: 1\n---\n",
	  .op = OP_UNSET, .key = "note",
	  .want = "---\n\nnext: 1\n---\n" },
	{ .name = "block list to flow list", .in =
	    "---\nwith:   # people\n  - jane-smith\n  - bob\nkind: meeting\n"
	    "---\n",
	  .op = OP_SETL, .key = "with", .vals = { "alex" }, .nvals = 1,
	  .want = "---\nwith: [alex]   # people\nkind: meeting\n---\n" },
	{ .name = "that flow list removed", .in =
	    "---\nwith: [alex]   # people\nkind: meeting\n---\n",
	  .op = OP_UNSET, .key = "with",
	  .want = "---\nkind: meeting\n---\n" },
	{ .name = "block list removed", .in =
	    "---\nwith:   # people\n  - jane-smith\n  # gone too\n  - bob\n"
	    "kind: meeting\n---\n",
	  .op = OP_UNSET, .key = "with",
	  .want = "---\nkind: meeting\n---\n" },
	{ .name = "unindented block list", .in =
	    "---\ntags:\n- a\n- b  # last\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "c", "d" }, .nvals = 2,
	  .want = "---\ntags: [c, d]\n---\n" },
	{ .name = "flow list with a comment", .in =
	    "---\ntags: [a, b]   # topics\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "c" }, .nvals = 1,
	  .want = "---\ntags: [c]   # topics\n---\n" },
	{ .name = "empty flow list", .in =
	    "---\ntags: [a, b]   # topics\n---\n",
	  .op = OP_SETL, .key = "tags", .nvals = 0,
	  .want = "---\ntags: []   # topics\n---\n" },
	{ .name = "multi-line flow list", .in =
	    "---\ntags: [a,\n  b]  # c\nx: 1\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "z" }, .nvals = 1,
	  .want = "---\ntags: [z]  # c\nx: 1\n---\n" },
	{ .name = "flow map replaced", .in =
	    "---\nratings: {a: 1, b: 2}  # trend\n---\n",
	  .op = OP_SET, .key = "ratings", .vals = { "none" }, .nvals = 1,
	  .want = "---\nratings: none  # trend\n---\n" },
	{ .name = "block map replaced", .in =
	    "---\nratings:\n  confidence: 4\n  public-speaking: 3\n"
	    "private: false\n---\n",
	  .op = OP_SET, .key = "ratings", .vals = { "none" }, .nvals = 1,
	  .want = "---\nratings: none\nprivate: false\n---\n" },
	{ .name = "block map removed", .in =
	    "---\nratings:\n  confidence: 4\n  public-speaking: 3\n"
	    "private: false\n---\n",
	  .op = OP_UNSET, .key = "ratings",
	  .want = "---\nprivate: false\n---\n" },
	{ .name = "multi-line plain value", .in =
	    "---\nsummary: first\n  second # c\nx: 1\n---\n",
	  .op = OP_SET, .key = "summary", .vals = { "one" }, .nvals = 1,
	  .want = "---\nsummary: one # c\nx: 1\n---\n" },
	{ .name = "multi-line quoted value", .in =
	    "---\ntitle: \"a\n  b\"\nx: 1\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "new" }, .nvals = 1,
	  .want = "---\ntitle: new\nx: 1\n---\n" },
	{ .name = "value on the next line", .in =
	    "---\ntitle:\n  Long title\nx: 1\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "T" }, .nvals = 1,
	  .want = "---\ntitle: T\nx: 1\n---\n" },
	{ .name = "null value: bare", .in = "---\ndue:\nx: 1\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "2027-01-01" }, .nvals = 1,
	  .want = "---\ndue: 2027-01-01\nx: 1\n---\n" },
	{ .name = "null value: trailing blank", .in = "---\ndue: \nx: 1\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "2027-01-01" }, .nvals = 1,
	  .want = "---\ndue: 2027-01-01\nx: 1\n---\n" },
	{ .name = "null value: tilde", .in = "---\ndue: ~  # c\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "2027-01-01" }, .nvals = 1,
	  .want = "---\ndue: 2027-01-01  # c\n---\n" },
	{ .name = "null value: null", .in = "---\ndue: null\n---\n",
	  .op = OP_SETL, .key = "due", .vals = { "a" }, .nvals = 1,
	  .want = "---\ndue: [a]\n---\n" },
	{ .name = "null value: comment", .in =
	    "---\ndue:   # when\nx: 1\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "2027-01-01" }, .nvals = 1,
	  .want = "---\ndue: 2027-01-01  # when\nx: 1\n---\n" },
	{ .name = "null value: one-blank comment", .in =
	    "---\ndue: # when\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "x" }, .nvals = 1,
	  .want = "---\ndue: x # when\n---\n" },
	{ .name = "null value: last line", .in = "---\nx: 1\ndue:\n---\n",
	  .op = OP_SET, .key = "due", .vals = { "y" }, .nvals = 1,
	  .want = "---\nx: 1\ndue: y\n---\n" },
	{ .name = "null value removed", .in =
	    "---\nx: 1\ndue:   # when\n---\n",
	  .op = OP_UNSET, .key = "due",
	  .want = "---\nx: 1\n---\n" },
	{ .name = "add before ---", .in = "---\ntitle: T\n---\nbody\n",
	  .op = OP_SET, .key = "status", .vals = { "active" }, .nvals = 1,
	  .want = "---\ntitle: T\nstatus: active\n---\nbody\n" },
	{ .name = "add before ...", .in = "---\ntitle: T\n...\nbody\n",
	  .op = OP_SET, .key = "status", .vals = { "active" }, .nvals = 1,
	  .want = "---\ntitle: T\nstatus: active\n...\nbody\n" },
	{ .name = "add after a trailing comment", .in =
	    "---\ntitle: T\n# end\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "a", "b" }, .nvals = 2,
	  .want = "---\ntitle: T\n# end\ntags: [a, b]\n---\n" },
	{ .name = "add to empty front matter", .in = "---\n---\nbody\n",
	  .op = OP_SET, .key = "title", .vals = { "T" }, .nvals = 1,
	  .want = "---\ntitle: T\n---\nbody\n" },
	{ .name = "add to an indented mapping", .in = "---\n  a: 1\n---\n",
	  .op = OP_SET, .key = "b", .vals = { "2" }, .nvals = 1,
	  .want = "---\n  a: 1\n  b: 2\n---\n" },
	{ .name = "remove first key", .in =
	    "---\na: 1\nb: 2\nc: 3\n---\nx\n",
	  .op = OP_UNSET, .key = "a", .want = "---\nb: 2\nc: 3\n---\nx\n" },
	{ .name = "remove middle key", .in =
	    "---\na: 1\nb: 2  # two\nc: 3\n---\nx\n",
	  .op = OP_UNSET, .key = "b", .want = "---\na: 1\nc: 3\n---\nx\n" },
	{ .name = "remove last key", .in =
	    "---\na: 1\nb: 2\nc: 3\n---\nx\n",
	  .op = OP_UNSET, .key = "c", .want = "---\na: 1\nb: 2\n---\nx\n" },
	{ .name = "remove keeps the comment before", .in =
	    "---\na: 1\n# about b\nb: 2\n---\n",
	  .op = OP_UNSET, .key = "b", .want = "---\na: 1\n# about b\n---\n" },
	{ .name = "remove the only key", .in = "---\na: 1\n---\n",
	  .op = OP_UNSET, .key = "a", .want = "---\n---\n" },
	{ .name = "remove an absent key", .in = "---\na: 1\n---\n",
	  .op = OP_UNSET, .key = "b", .want = "---\na: 1\n---\n" },

	/* Values that need quotes. */
	{ .name = "quote ': '", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "a: b" }, .nvals = 1,
	  .want = "---\nt: \"a: b\"\n---\n" },
	{ .name = "quote ' #'", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "a #b" }, .nvals = 1,
	  .want = "---\nt: \"a #b\"\n---\n" },
	{ .name = "quote leading '#'", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "#tag" }, .nvals = 1,
	  .want = "---\nt: \"#tag\"\n---\n" },
	{ .name = "no quote inner '#'", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "C#" }, .nvals = 1,
	  .want = "---\nt: C#\n---\n" },
	{ .name = "quote leading '- '", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "- x" }, .nvals = 1,
	  .want = "---\nt: \"- x\"\n---\n" },
	{ .name = "no quote '-5'", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "-5" }, .nvals = 1,
	  .want = "---\nt: -5\n---\n" },
	{ .name = "quote yes", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "yes" }, .nvals = 1,
	  .want = "---\nt: \"yes\"\n---\n" },
	{ .name = "quote empty", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "" }, .nvals = 1,
	  .want = "---\nt: \"\"\n---\n" },
	{ .name = "quote [x]", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "[x]" }, .nvals = 1,
	  .want = "---\nt: \"[x]\"\n---\n" },
	{ .name = "quote 'a, b' in a list", .in = "---\nt: x\n---\n",
	  .op = OP_SETL, .key = "t", .vals = { "a, b", "c", "" }, .nvals = 3,
	  .want = "---\nt: [\"a, b\", c, \"\"]\n---\n" },
	{ .name = "quote a newline", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "a\nb \"c\" \\" }, .nvals = 1,
	  .want = "---\nt: \"a\\nb \\\"c\\\" \\\\\"\n---\n" },
	{ .name = "quote ~", .in = "---\nt: x\n---\n",
	  .op = OP_SET, .key = "t", .vals = { "~" }, .nvals = 1,
	  .want = "---\nt: \"~\"\n---\n" },

	/* Unicode. */
	{ .name = "unicode value set", .in =
	    "---\ntitle: Old  # 🎉 party\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "Café 日本語 🎉" },
	  .nvals = 1,
	  .want = "---\ntitle: Café 日本語 🎉  # 🎉 party\n---\n" },
	{ .name = "unicode value replaced", .in =
	    "---\ntitle: Réunion 日本 🎉  # c\nx: é\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "Ünïcode" }, .nvals = 1,
	  .want = "---\ntitle: Ünïcode  # c\nx: é\n---\n" },
	{ .name = "unicode flow list replaced", .in =
	    "---\ntags: [日本語, é, 🎉]  # c\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "ß", "漢字" }, .nvals = 2,
	  .want = "---\ntags: [ß, 漢字]  # c\n---\n" },
	{ .name = "unicode key value removed", .in =
	    "---\ntitle: 日本語\ntags: [é]\n---\n",
	  .op = OP_UNSET, .key = "title", .want = "---\ntags: [é]\n---\n" },

	/* CRLF: every front matter edit. */
	{ .name = "crlf set", .in =
	    "---\r\ntitle: T  # c\r\nwith:\r\n  - a\r\n---\r\nbody\r\n",
	  .op = OP_SET, .key = "title", .vals = { "U" }, .nvals = 1,
	  .want = "---\r\ntitle: U  # c\r\nwith:\r\n  - a\r\n---\r\nbody\r\n" },
	{ .name = "crlf block list to flow", .in =
	    "---\r\ntitle: T\r\nwith: # who\r\n  - a\r\n  - b\r\n---\r\n",
	  .op = OP_SETL, .key = "with", .vals = { "c" }, .nvals = 1,
	  .want = "---\r\ntitle: T\r\nwith: [c] # who\r\n---\r\n" },
	{ .name = "crlf add", .in =
	    "---\r\ntitle: T\r\n---\r\nbody\r\n",
	  .op = OP_SET, .key = "kind", .vals = { "note" }, .nvals = 1,
	  .want = "---\r\ntitle: T\r\nkind: note\r\n---\r\nbody\r\n" },
	{ .name = "crlf unset", .in =
	    "---\r\ntitle: T\r\nwith:\r\n  - a\r\nx: 1\r\n---\r\n",
	  .op = OP_UNSET, .key = "with",
	  .want = "---\r\ntitle: T\r\nx: 1\r\n---\r\n" },
	{ .name = "crlf null set", .in =
	    "---\r\ndue:\r\nx: 1\r\n---\r\n",
	  .op = OP_SET, .key = "due", .vals = { "2027-01-01" }, .nvals = 1,
	  .want = "---\r\ndue: 2027-01-01\r\nx: 1\r\n---\r\n" },
	{ .name = "crlf literal replaced", .in =
	    "---\r\nnote: |\r\n  a\r\n  b\r\nx: 1\r\n---\r\n",
	  .op = OP_SET, .key = "note", .vals = { "c" }, .nvals = 1,
	  .want = "---\r\nnote: c\r\nx: 1\r\n---\r\n" },

	/* BOM: every front matter edit. */
	{ .name = "bom set", .in = BOM "---\ntitle: T\n---\n",
	  .op = OP_SET, .key = "title", .vals = { "日本" }, .nvals = 1,
	  .want = BOM "---\ntitle: 日本\n---\n" },
	{ .name = "bom add", .in = BOM "---\ntitle: T\n---\n",
	  .op = OP_SETL, .key = "tags", .vals = { "a" }, .nvals = 1,
	  .want = BOM "---\ntitle: T\ntags: [a]\n---\n" },
	{ .name = "bom unset first key", .in = BOM "---\ntitle: T\nx: 1\n---\n",
	  .op = OP_UNSET, .key = "title",
	  .want = BOM "---\nx: 1\n---\n" },
	{ .name = "bom crlf set", .in = BOM "---\r\ntitle: T\r\n---\r\n",
	  .op = OP_SET, .key = "new", .vals = { "v" }, .nvals = 1,
	  .want = BOM "---\r\ntitle: T\r\nnew: v\r\n---\r\n" },

	/* mentor.yaml: a plain YAML file. */
	{ .name = "yaml add", .yaml = 1, .in = "owner: Alex  # me\n",
	  .op = OP_SET, .key = "role", .vals = { "mentee" }, .nvals = 1,
	  .want = "owner: Alex  # me\nrole: mentee\n" },
	{ .name = "yaml add, no final newline", .yaml = 1, .in =
	    "owner: Alex",
	  .op = OP_SET, .key = "role", .vals = { "mentee" }, .nvals = 1,
	  .want = "owner: Alex\nrole: mentee\n" },
	{ .name = "yaml add to an empty file", .yaml = 1, .in = "",
	  .op = OP_SET, .key = "role", .vals = { "mentee" }, .nvals = 1,
	  .want = "role: mentee\n" },
	{ .name = "yaml add crlf", .yaml = 1, .in = "owner: Alex\r\n",
	  .op = OP_SETL, .key = "needs", .vals = { "sql" }, .nvals = 1,
	  .want = "owner: Alex\r\nneeds: [sql]\r\n" },
	{ .name = "yaml set first key with bom", .yaml = 1, .in =
	    BOM "owner: Alex\nrole: mentee\n",
	  .op = OP_SET, .key = "owner", .vals = { "Zoé" }, .nvals = 1,
	  .want = BOM "owner: Zoé\nrole: mentee\n" },
	{ .name = "yaml unset first key with bom", .yaml = 1, .in =
	    BOM "owner: Alex\nrole: mentee\n",
	  .op = OP_UNSET, .key = "owner", .want = BOM "role: mentee\n" },
	{ .name = "yaml unset last line, no final newline", .yaml = 1, .in =
	    "owner: Alex\nrole: mentee",
	  .op = OP_UNSET, .key = "role", .want = "owner: Alex\n" },
	{ .name = "yaml set last value, no final newline", .yaml = 1, .in =
	    "owner: Alex\nneeds:\n  - a",
	  .op = OP_SETL, .key = "needs", .vals = { "b" }, .nvals = 1,
	  .want = "owner: Alex\nneeds: [b]" },

	/* Refusals: nothing written. */
	{ .name = "bad key", .in = "---\na: 1\n---\n",
	  .op = OP_SET, .key = "a b", .vals = { "x" }, .nvals = 1,
	  .rc = EX_USAGE },
	{ .name = "empty key", .in = "---\na: 1\n---\n",
	  .op = OP_UNSET, .key = "", .rc = EX_USAGE },
	{ .name = "key with colon", .in = "---\na: 1\n---\n",
	  .op = OP_SET, .key = "a:", .vals = { "x" }, .nvals = 1,
	  .rc = EX_USAGE },
	{ .name = "bad utf-8 value", .in = "---\na: 1\n---\n",
	  .op = OP_SET, .key = "a", .vals = { "\xC3(" }, .nvals = 1,
	  .rc = EX_USAGE },
	{ .name = "plain yaml key that starts like a front matter line",
	  .yaml = 1, .in = "", .op = OP_SET, .key = "---x", .vals = { "v" },
	  .nvals = 1, .want = "---x: v\n" },
	{ .name = "flow front matter", .in = "---\n{a: 1}\n---\n",
	  .op = OP_SET, .key = "a", .vals = { "x" }, .nvals = 1,
	  .rc = EX_DATAERR },

	/* Task status, every kind, on CRLF and BOM files. */
#define TASKS_CRLF BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n" \
	"- [ ] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n  + [-] d\r\n" \
	"- [X] e\r\n"
	/* In a block quote and an ordered list: the box and stamp only. */
	{ .name = "status in a block quote", .in =
	    "---\n---\n> - [ ] quoted due:2026-01-02\n",
	  .op = OP_STATUS, .task = 1, .arg = 'x',
	  .want = "---\n---\n> - [x] quoted due:2026-01-02\n" },
	{ .name = "stamp in a block quote", .in =
	    "---\n---\n> > - [x] quoted\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n> > - [x] quoted done:2026-11-21\n" },
	{ .name = "status in an ordered list", .in =
	    "---\n---\n1. [ ] one\n2) [x] two\n",
	  .op = OP_STATUS, .task = 2, .arg = ' ',
	  .want = "---\n---\n1. [ ] one\n2) [ ] two\n" },
	{ .name = "stamp in an ordered list", .in =
	    "---\n---\n1. [ ] one\r\n10. [x] ten\r\n",
	  .op = OP_STAMP, .task = 2, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n1. [ ] one\r\n10. [x] ten done:2026-11-21\r\n" },
	{ .name = "status open to done", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 1, .arg = 'x',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [x] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n  + [-] d\r\n"
	    "- [X] e\r\n" },
	{ .name = "status open to started", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 1, .arg = '/',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [/] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n  + [-] d\r\n"
	    "- [X] e\r\n" },
	{ .name = "status done to open", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 2, .arg = ' ',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [ ] b done:2026-10-12\r\n* [/] c\r\n  + [-] d\r\n"
	    "- [X] e\r\n" },
	{ .name = "status started to dropped", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 3, .arg = '-',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b done:2026-10-12\r\n* [-] c\r\n  + [-] d\r\n"
	    "- [X] e\r\n" },
	{ .name = "status dropped to open", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 4, .arg = ' ',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n  + [ ] d\r\n"
	    "- [X] e\r\n" },
	{ .name = "status X to started", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 5, .arg = '/',
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n  + [-] d\r\n"
	    "- [/] e\r\n" },
	{ .name = "status unchanged", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 2, .arg = 'x', .want = TASKS_CRLF },
	{ .name = "status lf, no final newline", .in =
	    "---\n---\n- [ ] a\n- [ ] 日本語 🎉",
	  .op = OP_STATUS, .task = 2, .arg = 'x',
	  .want = "---\n---\n- [ ] a\n- [x] 日本語 🎉" },
	{ .name = "bad status", .in = TASKS_CRLF,
	  .op = OP_STATUS, .task = 1, .arg = 'y', .rc = EX_USAGE },

	/* Stamps. */
	{ .name = "stamp done", .in = "---\n---\n- [x] Book the room\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] Book the room done:2026-11-21\n" },
	{ .name = "stamp done after due", .in =
	    "---\n---\n- [x] Speak due:2026-10-15\n- [ ] next\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-10-12" },
	  .want = "---\n---\n- [x] Speak due:2026-10-15 done:2026-10-12\n"
	    "- [ ] next\n" },
	{ .name = "stamp done replaces done", .in =
	    "---\n---\n- [x] Book done:2026-01-01 @jane\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] Book done:2026-11-21 @jane\n" },
	{ .name = "stamp with trailing spaces", .in =
	    "---\n---\n- [x] Book \t \n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] Book done:2026-11-21 \t \n" },
	{ .name = "stamp due replaced", .in =
	    "---\n---\n- [ ] Send due:2026-11-28 @jane-smith #x\n",
	  .op = OP_STAMP, .task = 1, .key = "due", .vals = { "2026-12-01" },
	  .want = "---\n---\n- [ ] Send due:2026-12-01 @jane-smith #x\n" },
	{ .name = "stamp due added", .in =
	    "---\n---\n- [ ] Send done:2026-11-28\n",
	  .op = OP_STAMP, .task = 1, .key = "due", .vals = { "2026-12-01" },
	  .want = "---\n---\n- [ ] Send done:2026-11-28 due:2026-12-01\n" },
	{ .name = "stamp done removed", .in =
	    "---\n---\n- [x] Book the room done:2026-11-21\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] Book the room\n" },
	{ .name = "stamp done removed from the middle", .in =
	    "---\n---\n- [x] a  done:2026-11-21 @bob\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] a @bob\n" },
	{ .name = "stamp done removed from the start", .in =
	    "---\n---\n- [x] done:2026-11-21 Book\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] Book\n" },
	{ .name = "stamp done removed from the start, a comma after", .in =
	    "---\n---\n- [x] done:2026-10-09, booked @bob\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] booked @bob\n" },
	{ .name = "stamp done removed, only text and a full stop", .in =
	    "---\n---\n- [x] done:2026-10-09.  \n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x]\n" },
	{ .name = "stamp done removed, only text", .in =
	    "---\n---\n- [x] done:2026-11-21\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x]\n" },
	{ .name = "stamp absent removed", .in = "---\n---\n- [x] Book\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] Book\n" },
	{ .name = "stamp keeps punctuation", .in =
	    "---\n---\n- [x] finished done:2026-01-02.\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] finished done:2026-11-21.\n" },
	{ .name = "stamp removed, punctuation kept", .in =
	    "---\n---\n- [x] finished done:2026-01-02.\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] finished.\n" },
	{ .name = "stamp replaces a bad date", .in =
	    "---\n---\n- [x] a done:2026-13-45\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] a done:2026-11-21\n" },
	{ .name = "stamp on an empty item", .in = "---\n---\n- [ ]\n",
	  .op = OP_STAMP, .task = 1, .key = "due", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [ ] due:2026-11-21\n" },
	{ .name = "stamp unicode text", .in =
	    "---\n---\n- [x] Café 日本語 🎉 done:2026-01-01 #日本\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] Café 日本語 🎉 done:2026-11-21 #日本\n" },
	{ .name = "stamp unicode text, removed", .in =
	    "---\n---\n- [x] 🎉 done:2026-01-01 é\n",
	  .op = OP_STAMP, .task = 1, .key = "done",
	  .want = "---\n---\n- [x] 🎉 é\n" },
	{ .name = "stamp the parsed token, not a word", .in =
	    "---\n---\n- [x] redone:x done:2026-01-01\n",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] redone:x done:2026-11-21\n" },
	{ .name = "stamp crlf", .in = TASKS_CRLF,
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a done:2026-11-21\r\n- [x] b done:2026-10-12\r\n"
	    "* [/] c\r\n  + [-] d\r\n- [X] e\r\n" },
	{ .name = "stamp crlf replaced", .in = TASKS_CRLF,
	  .op = OP_STAMP, .task = 2, .key = "done", .vals = { "2026-11-21" },
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b done:2026-11-21\r\n"
	    "* [/] c\r\n  + [-] d\r\n- [X] e\r\n" },
	{ .name = "stamp crlf removed", .in = TASKS_CRLF,
	  .op = OP_STAMP, .task = 2, .key = "done",
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b\r\n"
	    "* [/] c\r\n  + [-] d\r\n- [X] e\r\n" },
	{ .name = "stamp at the end of the file", .in = "---\n---\n- [x] a",
	  .op = OP_STAMP, .task = 1, .key = "done", .vals = { "2026-11-21" },
	  .want = "---\n---\n- [x] a done:2026-11-21" },
	{ .name = "bad stamp name", .in = "---\n---\n- [x] a\n",
	  .op = OP_STAMP, .task = 1, .key = "when",
	  .vals = { "2026-11-21" }, .rc = EX_USAGE },

	/* Appending task items. */
	{ .name = "append after nested lines", .in =
	    "---\ntitle: T\n---\n## Milestones\n- [x] one\n- [ ] two\n"
	    "  - sub note\n    more\n\n  continued para\n\n## Notes\ntext\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2,
	  .vals = { "three" },
	  .want = "---\ntitle: T\n---\n## Milestones\n- [x] one\n- [ ] two\n"
	    "  - sub note\n    more\n\n  continued para\n- [ ] three\n\n"
	    "## Notes\ntext\n" },
	{ .name = "append before an indented subheading", .in =
	    "---\n---\n## M\n- [ ] a\n  ### Sub\n- [ ] s\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n- [ ] b\n  ### Sub\n- [ ] s\n" },
	{ .name = "append after the item's fenced code, whole", .in =
	    "---\n---\n## M\n- [ ] a\n  ```\n  - [ ] code\n\n  ```\n"
	    "\nText.\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n  ```\n  - [ ] code\n\n  ```\n"
	    "- [ ] b\n\nText.\n" },
	{ .name = "append after an item's code that ends with it", .in =
	    "---\n---\n## M\n- [ ] a\n  ```\nnot indented\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n  ```\n- [ ] b\nnot indented\n" },
	{ .name = "append after an item's code never closed", .in =
	    "---\n---\n## M\n- [ ] a\n  ~~~\n  code\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n  ~~~\n  code\n- [ ] b\n" },
	{ .name = "append before a code block never closed", .in =
	    "---\n---\n## M\n- [ ] a\n~~~\ncode\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n- [ ] b\n~~~\ncode\n" },
	{ .name = "new heading after a comment never closed", .in =
	    "---\n---\n## M\n- [ ] a\n<!--\n- [ ] b\n",
	  .op = OP_APPEND, .key = "N", .arg = 2, .vals = { "b" },
	  .rc = EX_DATAERR },
	{ .name = "new heading after a code block never closed", .in =
	    "---\n---\nNotes:\n```\ncargo new\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "b" },
	  .rc = EX_DATAERR },
	{ .name = "append after a final lone CR", .in =
	    "---\n---\n## M\n- [ ] a\r",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\r\n- [ ] b\r\n" },
	{ .name = "new heading after a final lone CR", .in =
	    "---\n---\ntext\r",
	  .op = OP_APPEND, .key = "Plan", .arg = 2, .vals = { "b" },
	  .want = "---\n---\ntext\r\n\n## Plan\n- [ ] b\n" },
	{ .name = "append after nested items", .in =
	    "---\n---\n## M\n- [ ] a\n  - [ ] a1\n  - [x] a2\n\nText.\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n  - [ ] a1\n  - [x] a2\n"
	    "- [ ] b\n\nText.\n" },
	{ .name = "append after a lazy line, the item's own", .in =
	    "---\n---\n## M\n- [ ] a\n  - [x] a2\nText.\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n  - [x] a2\nText.\n"
	    "- [ ] b\n" },
	{ .name = "append copies '*' and 3-space indent", .in =
	    "---\n---\n# Plan\n   * [ ] one\n   * [x] two\n",
	  .op = OP_APPEND, .key = "plan", .arg = 2, .vals = { "three" },
	  .htext = "Plan",
	  .want = "---\n---\n# Plan\n   * [ ] one\n   * [x] two\n"
	    "   * [ ] three\n" },
	{ .name = "append copies a block quote and the next number", .in =
	    "---\n---\n## M\n> 1. [x] one\n>\n> 9)  [ ] two\r\n"
	    "> more\r\n\nText.\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "three" },
	  .want = "---\n---\n## M\n> 1. [x] one\n>\n> 9)  [ ] two\r\n"
	    "> more\r\n> 10)  [ ] three\r\n\nText.\n" },
	{ .name = "append under a nested item's parent markers", .in =
	    "---\n---\n## M\n- > - [ ] one\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "two" },
	  .want = "---\n---\n## M\n- > - [ ] one\n  > - [ ] two\n" },
	{ .name = "append, 4-space indent is code", .in =
	    "---\n---\n# Plan\n\n    * [ ] code\n",
	  .op = OP_APPEND, .key = "Plan", .arg = 1, .vals = { "one" },
	  .rc = EX_DATAERR },
	{ .name = "append to a section without items", .in =
	    "---\n---\n## Milestones\n\nSome text.\n## Next\n- [ ] n\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "x" },
	  .want = "---\n---\n## Milestones\n- [ ] x\n\nSome text.\n"
	    "## Next\n- [ ] n\n" },
	{ .name = "append to a heading at the end of the file", .in =
	    "---\n---\n## Milestones",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "x" },
	  .want = "---\n---\n## Milestones\n- [ ] x\n" },
	{ .name = "append, section followed by another", .in =
	    "---\n---\n## Milestones\n- [ ] a\n## Notes\n- [ ] n\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## Milestones\n- [ ] a\n- [ ] b\n## Notes\n"
	    "- [ ] n\n" },
	{ .name = "append skips a subsection's items", .in =
	    "---\n---\n## Milestones\n- [ ] a\n### Later\n- [ ] z\n"
	    "## Notes\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## Milestones\n- [ ] a\n- [ ] b\n### Later\n"
	    "- [ ] z\n## Notes\n" },
	{ .name = "append ignores fenced items", .in =
	    "---\n---\n## M\n```\n- [ ] fake\n```\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "real" },
	  .want = "---\n---\n## M\n- [ ] real\n```\n- [ ] fake\n```\n" },
	{ .name = "append at the end without final newline", .in =
	    "---\n---\n## M\n- [ ] a",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "b" },
	  .want = "---\n---\n## M\n- [ ] a\n- [ ] b\n" },
	{ .name = "append, missing heading", .in = "---\nt: 1\n---\nWhy.\n",
	  .op = OP_APPEND, .key = "Action items", .arg = 2, .vals = { "x" },
	  .want = "---\nt: 1\n---\nWhy.\n\n## Action items\n- [ ] x\n" },
	{ .name = "append, missing heading, no final newline", .in =
	    "---\nt: 1\n---\nWhy.",
	  .op = OP_APPEND, .key = "Action items", .arg = 2, .vals = { "x" },
	  .want = "---\nt: 1\n---\nWhy.\n\n## Action items\n- [ ] x\n" },
	{ .name = "append, missing heading, blank last line", .in =
	    "---\nt: 1\n---\nWhy.\n\n",
	  .op = OP_APPEND, .key = "Action items", .arg = 3, .vals = { "x" },
	  .want = "---\nt: 1\n---\nWhy.\n\n### Action items\n- [ ] x\n" },
	{ .name = "append, missing heading, empty body", .in =
	    "---\nt: 1\n---\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "x" },
	  .want = "---\nt: 1\n---\n## Milestones\n- [ ] x\n" },
	{ .name = "append, missing heading, crlf", .in =
	    "---\r\nt: 1\r\n---\r\nWhy.\r\n",
	  .op = OP_APPEND, .key = "Milestones", .arg = 2, .vals = { "x" },
	  .want = "---\r\nt: 1\r\n---\r\nWhy.\r\n\r\n## Milestones\r\n"
	    "- [ ] x\r\n" },
	{ .name = "append crlf and bom", .in = TASKS_CRLF,
	  .op = OP_APPEND, .key = "milestones", .arg = 2, .vals = { "f 🎉" },
	  .htext = "Milestones",
	  .want = BOM "---\r\ntitle: T\r\n---\r\n## Milestones\r\n"
	    "- [ ] a\r\n- [x] b done:2026-10-12\r\n* [/] c\r\n"
	    "  + [-] d\r\n- [X] e\r\n- [ ] f 🎉\r\n" },
	{ .name = "append, unicode heading", .in =
	    "---\n---\n## Étapes\n- [ ] un\n",
	  .op = OP_APPEND, .key = "ÉTAPES", .arg = 2, .vals = { "deux" },
	  .htext = "Étapes",
	  .want = "---\n---\n## Étapes\n- [ ] un\n- [ ] deux\n" },
	{ .name = "append, new unicode heading", .in = "---\n---\n",
	  .op = OP_APPEND, .key = "日本語", .arg = 2, .vals = { "🎉" },
	  .want = "---\n---\n## 日本語\n- [ ] 🎉\n" },
	{ .name = "append, newline in text", .in = "---\n---\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "a\nb" },
	  .rc = EX_USAGE },
	{ .name = "append, cr in text", .in = "---\n---\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "a\rb" },
	  .rc = EX_USAGE },
	{ .name = "append, empty text", .in = "---\n---\n",
	  .op = OP_APPEND, .key = "M", .arg = 2, .vals = { "" },
	  .rc = EX_USAGE },
	{ .name = "append, bad level", .in = "---\n---\n",
	  .op = OP_APPEND, .key = "M", .arg = 7, .vals = { "a" },
	  .rc = EX_USAGE },
};

/* Show bytes with \r, \n and \t visible, for failure messages. */
static const char *
esc(const char *s, size_t n)
{
	static char	 bufs[2][4096];
	static int	 which;
	char		*b = bufs[which ^= 1];
	size_t		 i, j = 0;

	for (i = 0; i < n && j + 8 < sizeof(bufs[0]); i++) {
		switch (s[i]) {
		case '\r':
			b[j++] = '\\';
			b[j++] = 'r';
			break;
		case '\n':
			b[j++] = '\\';
			b[j++] = 'n';
			break;
		case '\t':
			b[j++] = '\\';
			b[j++] = 't';
			break;
		default:
			b[j++] = s[i];
		}
	}
	b[j] = '\0';
	return b;
}

static int
parse(struct doc *d, const char *s, size_t n, int yaml)
{
	struct doc_error e;
	char		*data = xmalloc(n + 1);
	int		 rc;

	memcpy(data, s, n);
	data[n] = '\0';
	rc = yaml ? doc_parse_yaml(d, "t.md", data, n, &e) :
	    doc_parse(d, "t.md", data, n, &e);
	ck_assert_msg(rc == 0, "parse '%s': %u:%u: %s", esc(s, n), e.line,
	    e.col, e.msg);
	return rc;
}

static int
run(const struct ecase *c, const struct doc *d, struct buf *out)
{
	mdate	 date = DATE_NONE;

	switch (c->op) {
	case OP_SET:
		return edit_set(d, c->key, c->vals, c->nvals, 0, out);
	case OP_SETL:
		return edit_set(d, c->key, c->vals, c->nvals, 1, out);
	case OP_UNSET:
		return edit_unset(d, c->key, out);
	case OP_STATUS:
		ck_assert_uint_le((size_t)c->task, d->ntasks);
		return edit_task_status(d, &d->tasks[c->task - 1], c->arg, out);
	case OP_STAMP:
		ck_assert_uint_le((size_t)c->task, d->ntasks);
		if (c->vals[0] != NULL)
			ck_assert_int_eq(date_iso(c->vals[0],
			    strlen(c->vals[0]), &date), 0);
		return edit_task_stamp(d, &d->tasks[c->task - 1], c->key, date,
		    out);
	case OP_APPEND:
		return edit_task_append(d, c->key, c->arg, c->vals[0], out);
	}
	return -1;
}

/* Does a YAML line break (LF, CR, U+0085, U+2028, U+2029) end at off? */
static int
break_before(const struct doc *d, size_t off)
{
	const unsigned char	*u = (const unsigned char *)d->data;

	return u[off - 1] == '\n' || u[off - 1] == '\r' ||
	    (off >= 2 && u[off - 2] == 0xC2 && u[off - 1] == 0x85) ||
	    (off >= 3 && u[off - 3] == 0xE2 && u[off - 2] == 0x80 &&
	    (u[off - 1] == 0xA8 || u[off - 1] == 0xA9));
}

/* The start of the YAML line holding off, not before lo. */
static size_t
line_start(const struct doc *d, size_t off, size_t lo)
{
	while (off > lo && !break_before(d, off))
		off--;
	return off;
}

/*
 * Check that old and new differ only inside [lo, hi) of old: the bytes
 * before lo and from hi on are the same in both.  For an insertion, new
 * must be old with bytes added at one place.
 */
static void
check_window(const char *old, size_t olen, const char *new, size_t nlen,
    size_t lo, size_t hi, int insertion)
{
	size_t	 p = 0, s = 0, min = olen < nlen ? olen : nlen;

	if (insertion) {
		while (p < min && old[p] == new[p])
			p++;
		while (s < min - p && old[olen - 1 - s] == new[nlen - 1 - s])
			s++;
		ck_assert_msg(p + s == olen, "not a pure insertion: old bytes "
		    "[%zu, %zu) changed", p, olen - s);
		return;
	}
	ck_assert_uint_le(lo, hi);
	ck_assert_uint_le(hi, olen);
	ck_assert_uint_ge(nlen, lo + (olen - hi));
	ck_assert_msg(memcmp(old, new, lo) == 0,
	    "bytes before %zu changed", lo);
	ck_assert_msg(memcmp(old + hi, new + nlen - (olen - hi), olen - hi) ==
	    0, "bytes from %zu on changed", hi);
}

/* The keys of a front matter, in order, with their value's bytes. */
static void
check_other_keys(const struct doc *o, const struct doc *n, const char *key,
    int added)
{
	size_t		 i, j = 0;
	const struct ynode *ok, *ov, *nk, *nv;

	for (i = 0; i + 1 < o->fm->nkids; i += 2) {
		ok = o->fm->kids[i];
		ov = o->fm->kids[i + 1];
		if (strcmp(ok->str, key) == 0) {
			if (added < 0)
				continue;	/* removed */
			j += 2;
			continue;
		}
		ck_assert_uint_lt(j + 1, n->fm->nkids);
		nk = n->fm->kids[j];
		nv = n->fm->kids[j + 1];
		ck_assert_str_eq(nk->str, ok->str);
		ck_assert_uint_eq(nv->end - nv->off, ov->end - ov->off);
		ck_assert_msg(memcmp(n->data + nv->off, o->data + ov->off,
		    ov->end - ov->off) == 0, "value of '%s' changed", ok->str);
		j += 2;
	}
	if (added > 0) {
		ck_assert_uint_eq(j + 2, n->fm->nkids);
		ck_assert_str_eq(n->fm->kids[j]->str, key);
	} else
		ck_assert_uint_eq(j, n->fm->nkids);
}

static const struct task *
task_at_line(const struct doc *d, unsigned line)
{
	size_t	 i;

	for (i = 0; i < d->ntasks; i++)
		if (d->tasks[i].line == line)
			return &d->tasks[i];
	ck_abort_msg("no task on line %u", line);
	return NULL;
}

/* Read the edited thing back from the re-parsed output. */
static void
check_round_trip(const struct ecase *c, const struct doc *o,
    const struct doc *n)
{
	const struct ynode	*v, *k;
	const struct task	*t, *nt;
	size_t			 i, lo, hi;
	mdate			 date = DATE_NONE;
	int			 found = 0;

	switch (c->op) {
	case OP_SET:
	case OP_SETL:
		v = fm_get(n, c->key);
		ck_assert_ptr_nonnull(v);
		if (c->op == OP_SET) {
			ck_assert_int_eq(v->type, Y_SCALAR);
			ck_assert_str_eq(v->str, c->vals[0]);
			ck_assert_int_eq(ynode_null(v), 0);
		} else {
			ck_assert_int_eq(v->type, Y_SEQ);
			ck_assert_uint_eq(v->nkids, c->nvals);
			for (i = 0; i < c->nvals; i++)
				ck_assert_str_eq(v->kids[i]->str, c->vals[i]);
		}
		k = fm_key(o, c->key);
		check_other_keys(o, n, c->key, k == NULL);
		if (k == NULL) {
			check_window(o->data, o->len, n->data, n->len, 0, 0, 1);
			break;
		}
		/* Only the key's own lines, up to the next key, change. */
		lo = line_start(o, k->off, o->fm_off);
		hi = o->fm_end;
		for (i = 0; i + 1 < o->fm->nkids; i += 2)
			if (o->fm->kids[i] == k && i + 2 < o->fm->nkids)
				hi = line_start(o, o->fm->kids[i + 2]->off,
				    o->fm_off);
		check_window(o->data, o->len, n->data, n->len, lo, hi, 0);
		break;
	case OP_UNSET:
		ck_assert_ptr_null(fm_get(n, c->key));
		check_other_keys(o, n, c->key, -1);
		if ((k = fm_key(o, c->key)) == NULL) {
			ck_assert_uint_eq(n->len, o->len);
			ck_assert_mem_eq(n->data, o->data, o->len);
			break;
		}
		lo = line_start(o, k->off, o->fm_off);
		hi = o->fm_end;
		for (i = 0; i + 1 < o->fm->nkids; i += 2)
			if (o->fm->kids[i] == k && i + 2 < o->fm->nkids)
				hi = line_start(o, o->fm->kids[i + 2]->off,
				    o->fm_off);
		check_window(o->data, o->len, n->data, n->len, lo, hi, 0);
		break;
	case OP_STATUS:
		t = &o->tasks[c->task - 1];
		nt = task_at_line(n, t->line);
		ck_assert_int_eq(nt->status, c->arg);
		ck_assert_str_eq(nt->text, t->text);
		ck_assert_uint_eq(n->ntasks, o->ntasks);
		check_window(o->data, o->len, n->data, n->len, t->box,
		    t->box + 1, 0);
		break;
	case OP_STAMP:
		t = &o->tasks[c->task - 1];
		nt = task_at_line(n, t->line);
		ck_assert_int_eq(nt->status, t->status);
		if (c->vals[0] != NULL)
			date_iso(c->vals[0], strlen(c->vals[0]), &date);
		if (strcmp(c->key, "done") == 0) {
			ck_assert_int_eq(nt->done, date);
			ck_assert_int_eq(nt->due, t->due);
		} else {
			ck_assert_int_eq(nt->due, date);
			ck_assert_int_eq(nt->done, t->done);
		}
		ck_assert_uint_eq(nt->npeople, t->npeople);
		ck_assert_uint_eq(nt->ntags, t->ntags);
		ck_assert_ptr_null(nt->badtok);
		check_window(o->data, o->len, n->data, n->len, t->off, t->eol,
		    0);
		break;
	case OP_APPEND:
		ck_assert_uint_eq(n->ntasks, o->ntasks + 1);
		for (i = 0; i < n->ntasks; i++) {
			nt = &n->tasks[i];
			if (strcmp(nt->text, c->vals[0]) != 0)
				continue;
			found = 1;
			ck_assert_int_eq(nt->status, TASK_OPEN);
			ck_assert_int_ge(nt->section, 0);
			ck_assert_str_eq(n->heads[nt->section].text,
			    c->htext != NULL ? c->htext : c->key);
		}
		ck_assert_msg(found, "appended item not found");
		check_window(o->data, o->len, n->data, n->len, 0, 0, 1);
		break;
	}
}

START_TEST(test_case)
{
	const struct ecase	*c = &cases[_i];
	struct doc		 d, nd;
	struct buf		 out = BUF_INIT;
	int			 rc;

	parse(&d, c->in, strlen(c->in), c->yaml);
	rc = run(c, &d, &out);
	ck_assert_msg(rc == c->rc, "%s: rc %d, want %d", c->name, rc, c->rc);
	if (c->rc != 0) {
		/* A refused edit leaves nothing, though it may keep memory. */
		ck_assert_uint_eq(out.len, 0);
		buf_release(&out);
		doc_free(&d);
		return;
	}
	ck_assert_msg(out.len == strlen(c->want) &&
	    memcmp(out.buf, c->want, out.len) == 0,
	    "%s:\n got '%s'\nwant '%s'", c->name, esc(out.buf, out.len),
	    esc(c->want, strlen(c->want)));
	parse(&nd, out.buf, out.len, c->yaml);
	ck_assert_int_eq(nd.bom, d.bom);
	ck_assert_int_eq(nd.crlf, d.crlf);
	check_round_trip(c, &d, &nd);
	doc_free(&nd);
	doc_free(&d);
	buf_release(&out);
}
END_TEST

/* The output buffer is appended to, not reset. */
START_TEST(test_appends)
{
	struct doc	 d;
	struct buf	 out = BUF_INIT;
	const char	*v[] = { "b" };

	parse(&d, "---\na: 1\n---\n", 13, 0);
	buf_addstr(&out, "old:");
	ck_assert_int_eq(edit_set(&d, "a", v, 1, 0, &out), 0);
	ck_assert_str_eq(out.buf, "old:---\na: b\n---\n");
	doc_free(&d);
	buf_release(&out);
}
END_TEST

/* "done" then "reopen": status first, re-parse, then the stamp. */
START_TEST(test_status_then_stamp)
{
	static const char in[] = "---\r\nkind: note\r\n---\r\n"
	    "## Action items\r\n- [x] Book the room done:2026-11-21\r\n";
	struct doc	 d, d2;
	struct buf	 b1 = BUF_INIT, b2 = BUF_INIT;
	const struct task *t;

	parse(&d, in, strlen(in), 0);
	ck_assert_int_eq(edit_task_status(&d, &d.tasks[0], TASK_OPEN, &b1),
	    0);
	parse(&d2, b1.buf, b1.len, 0);
	t = task_at_line(&d2, d.tasks[0].line);
	ck_assert_int_eq(edit_task_stamp(&d2, t, "done", DATE_NONE, &b2), 0);
	ck_assert_str_eq(b2.buf, "---\r\nkind: note\r\n---\r\n"
	    "## Action items\r\n- [ ] Book the room\r\n");
	doc_free(&d2);
	buf_release(&b1);
	parse(&d2, b2.buf, b2.len, 0);
	ck_assert_int_eq(d2.tasks[0].status, TASK_OPEN);
	ck_assert_int_eq(d2.tasks[0].done, DATE_NONE);
	doc_free(&d2);
	doc_free(&d);
	buf_release(&b2);
}
END_TEST

/*
 * Values that are hard to write as YAML: each, set as a scalar and in a
 * list, on a new key, an existing plain value and a block list, in LF
 * and CRLF files, must read back as itself.
 */
static const char *const hard[] = {
	"", " ", "  ", "a: b", "a:b", "a:", ":a", "::", "a #b", "a#b", "#a",
	"- a", "-a", "-", "--", "---", "...", "--- x", "... x", "?", "? a",
	"?a", "yes", "No", "ON", "~", "null", "Null", "true", "FALSE", "y",
	"[x]", "[", "]", "{x}", "{", "}", "a, b", "a,b", ",", "'q'", "'",
	"\"dq\"", "\"", "back\\slash", "tab\there", "\ttab", "new\nline",
	"\n", "cr\rx", "!tag", "&a", "*a", "|", ">", "|-", "%x", "@x", "`x`",
	"é", "日本語", "🎉 emoji", "trailing ", " leading", "\x7f", "\x01",
	"\x1b[1m", "\xC2\x85nel", "a\xE2\x80\xA8" "b", "a\xE2\x80\xA9" "b",
	"\xEF\xBB\xBF" "bom", "a\xC2\x80" "b", "a\xEF\xBF\xBE" "b",
	"a\xC2\xA0" "b", "1.5", "0x1F", "2026-11-21", "=", "<<", "a  b",
	"a # b", "#", "http://x.org/a#b", "a:\tb", "x\\ny", "\\", "%", "@",
	"C++", "a - b", "-1", ".5", "+1", "1e3", "0o7", "a'b", "a\"b",
};

/* Keys: plain, but some look like other things. */
static const char *const keys[] = {
	"a", "known-for", "week_start", "123", "-x", "x-", "_", "1-2", "yes",
	"null", "NULL", "true", "on", "y", "x--y", "A", "-", "--", "---",
	"---x",
};

START_TEST(test_hard_values)
{
	static const char *const bases[] = {
		"---\nz: 1\n---\n",
		"---\nv: old  # c\nz: 1\n---\n",
		"---\nv:\n  - a\n  - b\nz: 1\n---\n",
		"---\r\nv: old\r\nz: 1\r\n---\r\n",
		"---\r\nz: 1\r\n---\r\n",
		"v: old # c\nz: 1\n",
	};
	struct doc	 d, nd;
	struct buf	 out = BUF_INIT;
	const struct ynode *v;
	size_t		 i, b, l;
	const char	*vals[2];

	for (b = 0; b < sizeof(bases) / sizeof(bases[0]); b++)
		for (i = 0; i < sizeof(hard) / sizeof(hard[0]); i++)
			for (l = 0; l < 2; l++) {
				parse(&d, bases[b], strlen(bases[b]), b == 5);
				vals[0] = hard[i];
				vals[1] = "x";
				buf_reset(&out);
				ck_assert_int_eq(edit_set(&d, "v", vals,
				    l ? 2 : 1, (int)l, &out), 0);
				parse(&nd, out.buf, out.len, b == 5);
				v = fm_get(&nd, "v");
				ck_assert_ptr_nonnull(v);
				if (l) {
					ck_assert_int_eq(v->type, Y_SEQ);
					ck_assert_uint_eq(v->nkids, 2);
					v = v->kids[0];
				}
				ck_assert_msg(v->type == Y_SCALAR &&
				    strcmp(v->str, hard[i]) == 0 &&
				    !ynode_null(v),
				    "'%s' read back as '%s' from '%s'",
				    esc(hard[i], strlen(hard[i])),
				    v->str ? esc(v->str, v->len) : "(node)",
				    esc(out.buf, out.len));
				ck_assert_str_eq(fm_str(&nd, "z"), "1");
				doc_free(&nd);
				doc_free(&d);
			}
	buf_release(&out);
}
END_TEST

START_TEST(test_hard_keys)
{
	struct doc	 d, nd;
	struct buf	 out = BUF_INIT, out2 = BUF_INIT;
	const char	*vals[] = { "v" };
	size_t		 i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		parse(&d, "---\nz: 1\n---\n", 13, 0);
		buf_reset(&out);
		ck_assert_int_eq(edit_set(&d, keys[i], vals, 1, 0, &out), 0);
		parse(&nd, out.buf, out.len, 0);
		ck_assert_msg(fm_str(&nd, keys[i]) != NULL &&
		    strcmp(fm_str(&nd, keys[i]), "v") == 0,
		    "key '%s' did not read back", keys[i]);
		buf_reset(&out2);
		ck_assert_int_eq(edit_unset(&nd, keys[i], &out2), 0);
		ck_assert_str_eq(out2.buf, "---\nz: 1\n---\n");
		doc_free(&nd);
		doc_free(&d);
	}
	buf_release(&out);
	buf_release(&out2);
}
END_TEST

START_TEST(test_quote)
{
	static const struct {
		const char	*in, *want;
	} q[] = {
		{ "plain", "\"plain\"" },
		{ "a\"b\\c", "\"a\\\"b\\\\c\"" },
		{ "\n\t\r", "\"\\n\\t\\r\"" },
		{ "\x01\x7f", "\"\\x01\\x7f\"" },
		{ "\xC2\x85", "\"\\x85\"" },
		{ "\xE2\x80\xA8\xE2\x80\xA9", "\"\\u2028\\u2029\"" },
		{ "\xEF\xBB\xBF", "\"\\ufeff\"" },
		{ "日本語 é", "\"日本語 é\"" },
		{ "", "\"\"" },
	};
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < sizeof(q) / sizeof(q[0]); i++) {
		buf_reset(&b);
		yaml_quote(q[i].in, &b);
		ck_assert_str_eq(b.buf, q[i].want);
	}
	buf_release(&b);
	ck_assert_int_eq(yaml_needs_quote("Jane Smith"), 0);
	ck_assert_int_eq(yaml_needs_quote("jane-smith"), 0);
	ck_assert_int_eq(yaml_needs_quote("2026-11-21"), 0);
	ck_assert_int_eq(yaml_needs_quote("every 2-3 weeks"), 0);
	ck_assert_int_eq(yaml_needs_quote("日本語"), 0);
	ck_assert_int_eq(yaml_needs_quote("a: b"), 1);
	ck_assert_int_eq(yaml_needs_quote("off"), 1);
	ck_assert_int_eq(yaml_needs_quote("a\xE2\x80\xA8"), 1);
}
END_TEST

/*
 * Edits of a record of 100,000 keys (the fuzzer's inputs reach 1 MiB):
 * the other keys are checked side by side, so they must stay in their
 * order, and a change anywhere among them is still seen.
 */
START_TEST(test_many_keys)
{
	struct buf	 b = BUF_INIT, out = BUF_INIT;
	struct doc	 d;
	const char	*v[1] = { "new" };
	int		 i;

	buf_addstr(&b, "---\n");
	for (i = 0; i < 100000; i++)
		buf_addf(&b, "k%d: v\n", i);
	buf_addstr(&b, "---\n");
	ck_assert_int_eq(parse(&d, b.buf, b.len, 0), 0);
	ck_assert_int_eq(edit_set(&d, "k50000", v, 1, 0, &out), 0);
	buf_reset(&out);
	ck_assert_int_eq(edit_set(&d, "added", v, 1, 0, &out), 0);
	buf_reset(&out);
	ck_assert_int_eq(edit_unset(&d, "k99999", &out), 0);
	ck_assert(strstr(out.buf, "k99998: v\n---\n") != NULL);
	ck_assert(strstr(out.buf, "k99999") == NULL);
	doc_free(&d);
	buf_release(&out);
	buf_release(&b);
}
END_TEST

static Suite *
edit_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("edit");
	tc = tcase_create("cases");
	tcase_add_loop_test(tc, test_case, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("misc");
	tcase_add_test(tc, test_appends);
	tcase_add_test(tc, test_status_then_stamp);
	tcase_add_test(tc, test_quote);
	tcase_add_test(tc, test_hard_keys);
	tcase_add_test(tc, test_hard_values);
	tcase_add_test(tc, test_many_keys);
	tcase_set_timeout(tc, 60);
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

	sr = srunner_create(edit_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
