def log = new File(basedir, 'build.log').getText('UTF-8')

['pil:build', 'pil:check', 'pil:serve', 'pil:help'].each { assert log.contains(it) : "help lacks ${it}" }
['content', 'templates', 'output', 'formats', 'failOnWarnings', 'today', 'skip', 'port', 'host', 'noBuild', 'strict', 'report', 'reportFormat', 'javaHome'].each {
    assert log =~ /(?m)^    ${it}( \(Default: .*\))?\r?$/ : "help lacks the parameter ${it}"
}
['pil.content', 'pil.formats', 'pil.failOnWarnings', 'pil.port', 'pil.javaHome'].each { assert log.contains("User property: ${it}") }
assert log.contains('BUILD SUCCESS')
return true
