def log = new File(basedir, 'build.log').getText('UTF-8')
def check = new File(basedir, 'serve-check.txt')

assert log =~ /\[INFO\] Pil built 1 leaflet, 2 pages \(/
assert log =~ /\[INFO\] Pil: serving \S+pil-site on http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)/
assert check.isFile() : 'the watcher did not finish'
def lines = check.getText('UTF-8').readLines()
println lines
assert lines.contains('GET /nl/ct-scan/ 200 true')
assert lines.contains('GET /api/search?q=eten&lang=nl 200 true')
assert lines.contains('stopped 1')
// with Maven on Java 17 Pil served from a forked JVM: stopping Maven stopped it too
def left = ProcessHandle.allProcesses().filter { p ->
    def cmd = p.info().commandLine().orElse('')
    cmd.contains('nl.pil.maven.Forked') && cmd.contains(basedir.absolutePath)
}.count()
assert left == 0 : 'the forked JVM outlived Maven'
return true
