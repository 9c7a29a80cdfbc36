# Build the conformance corpus: for each example of the specifications
# (tests/data/markdown/spec-examples.txt), bodies with task items placed
# in every block context, one file each in DIR (awk -v dir=DIR).
#   a  the example as it is
#   b  a task item right after it, and c one after a blank line
#   d  its list items made task items ("[ ] " after each list marker)
#   e  its list items made done task items ("[x] ")
#   fN a task item before line N, with that line's '>' and indent
#   gN an ordered done task item after line N, likewise
function out(name, text) {
	printf "%s", text > (dir "/" name ".md")
	close(dir "/" name ".md")
}
function emit(   i, j, t, pre, text, d, e) {
	if (n == 0)
		return
	k++
	text = ""
	for (i = 1; i <= n; i++)
		text = text line[i] "\n"
	out(k "a", text)
	out(k "b", text "- [ ] after\n")
	out(k "c", text "\n- [x] after\n")
	d = ""
	e = ""
	for (i = 1; i <= n; i++) {
		t = line[i]
		if (match(t, /^[ \t>]*([-+*]|[0-9][0-9]?[0-9]?[.)])[ \t]+[^ \t]/)) {
			d = d substr(t, 1, RLENGTH - 1) "[ ] " substr(t, RLENGTH) "\n"
			e = e substr(t, 1, RLENGTH - 1) "[x] " substr(t, RLENGTH) "\n"
		} else {
			d = d t "\n"
			e = e t "\n"
		}
	}
	out(k "d", d)
	out(k "e", e)
	for (i = 1; i <= n; i++) {
		match(line[i], /^[ \t>]*/)
		pre = substr(line[i], 1, RLENGTH)
		t = ""
		for (j = 1; j <= n; j++) {
			if (j == i)
				t = t pre "- [ ] t" i "\n"
			t = t line[j] "\n"
		}
		out(k "f" i, t)
		t = ""
		for (j = 1; j <= n; j++) {
			t = t line[j] "\n"
			if (j == i)
				t = t pre "1. [X] t" i "\n"
		}
		out(k "g" i, t)
	}
	n = 0
}
FNR == 1 { emit(); started = 0 }
/^#/ && !started { next }
/^%%EXAMPLE$/ { started = 1; emit(); next }
{ gsub(/\342\206\222/, "\t"); line[++n] = $0 }
END { emit() }
