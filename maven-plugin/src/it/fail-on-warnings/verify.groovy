def log = new File(basedir, 'build.log').getText('UTF-8')
def path = { String p -> new File(basedir, p).absoluteFile.toPath().normalize().toString() }

assert log.contains("[WARNING] ${path('content/ct-scan/nl.md')}:8:13: review is overdue since 2026-05-01 (hint: ")
assert log =~ /\[ERROR\] Failed to execute goal nl\.pil:pil-maven-plugin:[^:]+:check \(default-cli\) on project fail-on-warnings: Pil found 0 errors and 1 warning in \S+content \(failOnWarnings is on\)/
return true
