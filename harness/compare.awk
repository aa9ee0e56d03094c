# Compare one architecture's console log with the host's expected values.
# Inputs: the expected files (from host_ref), then the console log (last).
# Variables: arch, rc (QEMU exit status, 124 = timeout), timeout, logfile.
# A unit is one (program, input line) run: it passes if the guest ran it,
# the program was JITed and the value equals the host's.  Prints one line per
# failure, then "ARCH: N passed, N failed"; exits 1 on any failure.

function fail(msg) {
	print arch ": FAIL " msg
	failed++
}

FILENAME != logfile {
	k = $1 SUBSEP $2 SUBSEP $3
	if (!(k in want))
		order[nwant++] = k
	want[k] = $4
	input = ""
	for (i = 5; i <= NF; i++)
		input = input (i > 5 ? " " : "") $i
	inp[k] = input
	next
}

{
	sub(/\r$/, "")
	p = index($0, "HARNESS ")
	if (!p)
		next
	$0 = substr($0, p)
}
$2 == "START"	{ started = 1; next }
$2 == "END"	{ ended = 1; next }
$2 == "FATAL" {
	fatal = $0
	sub(/^HARNESS FATAL /, "", fatal)
	next
}
$2 == "LOADFAIL" {
	rest = $0
	sub(/^HARNESS LOADFAIL [^ ]+ [^ ]+ /, "", rest)
	loadfail[$3] = ($4 == "-" ? "" : "program " $4 ": ") rest
	next
}
$2 == "LOG" {
	rest = $0
	sub(/^HARNESS LOG [^ ]+ /, "", rest)
	if (nlog[$3] < 80)
		logs[$3, nlog[$3]++] = rest
	next
}
$2 == "RUNFAIL" {
	rest = $0
	sub(/^HARNESS RUNFAIL [^ ]+ [^ ]+ [^ ]+ /, "", rest)
	runfail[$3 SUBSEP $4 SUBSEP $5] = rest
	next
}
$2 == "RUN" {
	k = $3 SUBSEP $4 SUBSEP $5
	for (i = 6; i <= NF; i++) {
		split($i, kv, "=")
		f[kv[1]] = kv[2]
	}
	got[k] = f["ret"]
	jited[k] = f["jited"]
	if (!(k in want))
		extra[k] = 1
	next
}

END {
	if (!started)
		boot = rc == 124 ? "QEMU timed out after " timeout " s before the guest reached the runner" \
				 : "guest never reached the runner (QEMU exit " rc ")"
	else if (fatal != "")
		boot = fatal
	else if (!ended)
		boot = rc == 124 ? "QEMU timed out after " timeout " s before the runner finished" \
				 : "runner did not finish (QEMU exit " rc ")"
	if (boot != "")
		print arch ": " boot "; console log: " logfile

	for (n = 0; n < nwant; n++) {
		k = order[n]
		split(k, id, SUBSEP)
		what = id[1] " " id[2] " line " id[3] " (" inp[k] ")"
		if (k in got) {
			if (jited[k] + 0 == 0)
				fail(what ": not JITed (jited_prog_len 0), got " got[k])
			else if (got[k] != want[k])
				fail(what ": got " got[k] ", expected " want[k])
			else
				passed++
		} else if (k in runfail)
			fail(what ": run failed: " runfail[k] ", expected " want[k])
		else if (id[1] in loadfail)
			fail(what ": not loaded (" loadfail[id[1]] "), expected " want[k])
		else if (boot == "")
			fail(what ": no result, expected " want[k])
		else
			missing++
	}
	if (missing) {
		print arch ": FAIL " missing " runs have no result (see above)"
		failed += missing
	}
	for (k in extra) {
		split(k, id, SUBSEP)
		fail(id[1] " " id[2] " line " id[3] ": result " got[k] " has no host expectation")
	}
	for (c in loadfail) {
		print arch ": " c " failed to load: " loadfail[c]
		for (i = 0; i < nlog[c]; i++)
			print arch ":   " logs[c, i]
	}
	print arch ": " passed + 0 " passed, " failed + 0 " failed"
	exit (failed || boot != "")
}
